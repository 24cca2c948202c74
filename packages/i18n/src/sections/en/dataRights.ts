// English texts of the citizen's data rights, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { dataRights as source } from '../fi/dataRights.ts';

export const dataRights: DeepStringShape<typeof source> = {
  export: {
    heading: 'Download your data',
    intro:
      'You can download all your data in Tuki as one zip file. It contains your personal details, your applications with their content and stages, requests for additional information and your answers, messages, decisions with their calculations, your settings, and a record of who has looked at your data and when.',
    files: 'It also contains the attachments you have sent and your decision letters (PDF).',
    button: 'Download your data (zip)',
    preparing: 'Your data is being put together. The download will start in a moment.',
  },
  readme: {
    title: 'Your data in the Tuki service',
    created: 'Put together on {time}.',
    person: 'Person: {name}',
    json: 'tuki-export.json: all your data in machine-readable JSON: personal details, settings, applications with their content and status history, requests for additional information and answers, messages, decisions with their calculations, the decisions’ payments (another payee’s account number, such as a landlord’s, partly hidden) and payment commitments, how the decision letters were delivered, Suomi.fi messages and how returned letters and rejected payments were sorted out, details of attachments, and the log entries of who has processed your data and when.',
    applications:
      'applications/: a folder for each application (named by its reference number, or the start of a draft’s identifier). Its attachments folder holds the attachments and its decision-letters folder the decision letters.',
    notIncluded:
      'An attachment whose virus scan has not finished or failed is not included; its details are in the JSON file.',
    questions:
      'If you have questions about your data or want to have it corrected, please contact social services.',
  },
  gdpr: {
    recordsMustBeKept:
      'Your data cannot be deleted because you have sent applications for social assistance or have decisions in Tuki. Social welfare client records must be kept for the time the law (the Act on Client Documents in Social Welfare) requires. Draft applications and other data that need not be kept are deleted.',
  },
};
