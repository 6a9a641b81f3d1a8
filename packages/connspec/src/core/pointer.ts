/** RFC 6901 JSON pointer helpers. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

export function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerToken);
}

/** The pointer as it appears in a URI fragment (`#/definitions/a%20b`). */
export function pointerToFragment(pointer: string): string {
  return '#' + splitPointer(pointer).map((t) => `/${encodeURIComponent(escapePointerToken(t))}`).join('');
}

export function fragmentToPointer(fragment: string): string {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return decodeURIComponent(raw);
}
