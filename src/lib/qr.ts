/**
 * QR codes drawn at build time as inline SVG (the `qrcode` package), so a printed contact card
 * leads back to the page in the reader's language without any image service.
 */
import QRCode from 'qrcode';

/** An SVG QR code for a URL: black on white, medium error correction (a creased card still scans). */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Decorative for assistive technology: the same address is written out next to it.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="block h-auto w-full" ');
}
