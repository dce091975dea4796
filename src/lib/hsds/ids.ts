/**
 * The ids of the HSDS export: every id is a version-5 UUID of a fixed namespace and a name made of
 * our file names, so the same content gives the same ids in every build, and the same thing (a
 * location, a phone) has the same id wherever it is nested.
 */
import { createHash } from 'node:crypto';

/** Fixed namespace of this project's ids; changing it changes every published id. */
export const HSDS_NAMESPACE = '035abe5d-5c5b-4d06-af58-f036d969d231';

/** RFC 4122 version-5 UUID: SHA-1 of namespace bytes + name. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`uuidV5: "${namespace}" is geen UUID`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The UUID of one thing: `kind` is the HSDS object ("organization", "phone" …), `id` our file
 * name or a path such as `service/taalcafe/phone`. Same input, same UUID, in every build.
 */
export function stableUuid(kind: string, id: string): string {
  if (!/^[a-z_]+$/.test(kind)) throw new Error(`stableUuid: soort "${kind}" mag alleen kleine letters en _ bevatten`);
  return uuidV5(HSDS_NAMESPACE, `${kind}:${id}`);
}
