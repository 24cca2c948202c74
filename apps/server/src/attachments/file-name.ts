// The stored name of an uploaded file: the client's name without any path, control or formatting characters
// (including bidirectional overrides that disguise an extension), reserved characters replaced, Unicode in NFC
// (ä, ö and å are kept), at most 200 characters, and ending in an extension of the sniffed type.
export const MAX_FILE_NAME_LENGTH = 200;

const RESERVED = /[<>:"/\\|?*]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;

export function sanitiseFileName(given: string | undefined, extensions: readonly string[]): string {
  const base = (given ?? '').normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  let name = base
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const preferred = extensions[0];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  let suffix = '';
  if (dot > 0 && extensions.includes(extension)) {
    suffix = name.slice(dot);
    name = name.slice(0, dot);
  } else if (preferred) {
    suffix = `.${preferred}`;
  }
  if (name === '') name = 'liite';
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  // Cut by code points, never in the middle of a surrogate pair.
  const cut = [...name]
    .slice(0, room)
    .join('')
    .replace(/[\s.]+$/, '');
  return `${cut || 'liite'}${suffix}`;
}
