// @tuki/ui/content: an application's content for people to read, the same in both apps (describeApplicationContent)
// and its rendering (ApplicationContentView). Apart from the package's index, so that only the pages that show a
// content load it (and the domain rules it reads), not every app's first page.

export { ApplicationContentView } from './ApplicationContentView.tsx';
export {
  type ContentAttachment,
  type ContentGroup,
  type ContentRow,
  type ContentSection,
  type ContentSectionId,
  contentSectionIds,
  type DescribeContentOptions,
  describeApplicationContent,
  householdMemberName,
} from './describe-content.ts';
