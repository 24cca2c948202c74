// What an upload's content is checked for while it streams into the storage: an image's pixel count (read from its
// header) and a PDF's active content and inflated size. A refusal is thrown as soon as it is certain, so the rest of
// an oversize body is not read; the active content found is known at the end.
import { type DimensionsReader, dimensionsReader } from './image-dimensions.ts';
import { type ActiveContentKind, InflateLimitExceeded, PdfInspector } from './pdf-inspector.ts';

export interface InspectionLimits {
  /** The most pixels (width × height) an image may have. */
  maxPixels: number;
  /** The most bytes the FlateDecode streams of a PDF may inflate to, together. */
  maxInflatedBytes: number;
}

export type ContentRefusal =
  | { reason: 'too-many-pixels'; width: number; height: number; maxPixels: number }
  | { reason: 'inflates-too-much'; maxInflatedBytes: number };

export class ContentRefused extends Error {
  readonly refusal: ContentRefusal;

  constructor(refusal: ContentRefusal) {
    super(refusal.reason);
    this.refusal = refusal;
  }
}

export interface InspectionResult {
  activeContent: ActiveContentKind[];
}

export class ContentInspection {
  private readonly image: DimensionsReader | undefined;
  private readonly pdf: PdfInspector | undefined;
  private readonly limits: InspectionLimits;

  constructor(mediaType: string, limits: InspectionLimits) {
    this.limits = limits;
    this.image = dimensionsReader(mediaType);
    this.pdf = mediaType === 'application/pdf' ? new PdfInspector(limits.maxInflatedBytes) : undefined;
  }

  /** Rejects with ContentRefused when the content breaks a limit. */
  async push(chunk: Uint8Array): Promise<void> {
    if (this.image && !this.image.done) {
      this.image.push(chunk);
      const size = this.image.dimensions;
      if (size && size.width * size.height > this.limits.maxPixels) {
        throw new ContentRefused({ reason: 'too-many-pixels', ...size, maxPixels: this.limits.maxPixels });
      }
    }
    if (this.pdf) await this.guard(() => this.pdf?.push(chunk));
  }

  async end(): Promise<InspectionResult> {
    if (!this.pdf) return { activeContent: [] };
    await this.guard(() => this.pdf?.end());
    return { activeContent: this.pdf.activeContent };
  }

  private async guard(step: () => Promise<void> | undefined): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (error instanceof InflateLimitExceeded) {
        throw new ContentRefused({ reason: 'inflates-too-much', maxInflatedBytes: error.limitBytes });
      }
      throw error;
    }
  }
}
