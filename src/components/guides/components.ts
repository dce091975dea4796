/**
 * The components a guide body may use, by the names editors write. Everything else is refused by
 * `npm run check:content` and dropped by the Markdown filter (src/lib/markup-rules.ts has the list).
 */
import Dienst from './Dienst.astro';
import Activiteit from './Activiteit.astro';
import LetOp from './LetOp.astro';
import Stappen from './Stappen.astro';
import Woord from './Woord.astro';
import Telefoon from './Telefoon.astro';
import type { GuideComponent } from '../../lib/markup-rules.ts';

export const guideComponents: Record<GuideComponent, unknown> = { Dienst, Activiteit, LetOp, Stappen, Woord, Telefoon };
