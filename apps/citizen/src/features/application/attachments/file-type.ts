// The short name of a file type for people: PDF, JPEG, PNG, HEIC, WebP.

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
  'image/heif': 'HEIC',
  'image/webp': 'WebP',
};

export function fileTypeName(mediaType: string): string {
  return typeNames[mediaType] ?? mediaType;
}
