/**
 * Which notes a request may touch. Our own pages may touch every note. A content script may touch only
 * the notes of its page's site, as the browser reports the page (`sender.url`), not as the message
 * says: a compromised renderer can send anything its content script can, so the page cannot vouch for
 * itself. Same site is `sameSite` of the canonical address rules (docs/page.md), so every address the
 * content script files a note under passes.
 */
import type { Request, RequestType } from '../../lib/messages';
import { sameSite } from '../../lib/page/profiles';
import { hostOf } from '../../lib/page/site';
import type { PolicyMarkDb } from '../../lib/store/db';

/** The host of the sending page (content scripts), or null for our own pages, which may touch every note. */
export type Scope = string | null;

/** The scope of a sender: null for our pages, else the host of the page's address ('' when it has none). */
export function scopeOf(kind: 'page' | 'content-script', senderUrl: string | undefined): Scope {
  return kind === 'page' ? null : hostOf(senderUrl);
}

/** True when `host` is on the site of `scope`, a content script's host ('' never is: a safeguard, as http(s) pages always have a host). */
function onSite(scope: string, host: string): boolean {
  return scope !== '' && sameSite(host, scope);
}

/**
 * Why `request` reaches outside the sender's site, or null when it does not. Saving needs the new
 * address, its site field and any stored note of that id in scope (else a save could overwrite another
 * site's note); updating and deleting need the stored note in scope. The stored note is read before the write, not
 * in one transaction with it: to race it a page would need the id of another site's note, which it
 * cannot read (ids are random UUIDs).
 */
export async function scopeRefusal(db: PolicyMarkDb, request: Request, scope: Scope): Promise<string | null> {
  if (scope === null) return null;
  const refuse = `${request.type}: a page may only touch the notes of its own site`;
  const r = request as { [T in RequestType]: Request<T> }[RequestType];
  /** The note stored under `id` is another site's (a new id is nobody's). */
  const storedOffSite = async (id: string): Promise<boolean> => {
    const stored = await db.annotations.get(id);
    return stored !== undefined && !onSite(scope, hostOf(stored.url));
  };
  switch (r.type) {
    case 'annotation:save': {
      const { record } = r.payload;
      // The site a note is grouped and filtered under in the library is the sending page's too.
      if (!onSite(scope, hostOf(record.url)) || !onSite(scope, record.site)) return refuse;
      return (await storedOffSite(record.id)) ? refuse : null;
    }
    case 'annotation:update':
    case 'annotation:delete':
      return (await storedOffSite(r.payload.id)) ? refuse : null;
    case 'annotations:for-page':
    case 'annotations:placed':
      return onSite(scope, hostOf(r.payload.url)) ? null : refuse;
    case 'page:seen':
      return onSite(scope, hostOf(r.payload.url)) && onSite(scope, r.payload.site) ? null : refuse;
    case 'text:simplify':
    case 'ui:load':
    case 'script:load':
      // Reads and writes no notes.
      return null;
    default:
      // Every other request is for our pages alone (sender.ts refuses it before it is read).
      return refuse;
  }
}
