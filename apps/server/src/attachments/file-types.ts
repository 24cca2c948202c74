// The file types an attachment may have, recognised from the first bytes of the content. What the client says
// (its Content-Type and the file name's extension) plays no part in the decision.
import { fileTypeFromBuffer } from 'file-type';

/** Bytes to read before deciding: enough for every allowed type (file-type's recommended sample). */
export const SNIFF_BYTES = 4100;

/** Allowed media types with their file name extensions, the usual one first. */
export const allowedTypes: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic'],
  'image/heif': ['heif', 'heic'],
  'image/webp': ['webp'],
};

/** The media type of the content when it is an allowed one, else undefined. */
export async function sniffAllowedType(head: Uint8Array): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(head);
  return detected && Object.hasOwn(allowedTypes, detected.mime) ? detected.mime : undefined;
}
