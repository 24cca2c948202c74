// English texts of the data-protection notice (typed against the Finnish source).
import type { DeepStringShape } from '../../types.ts';
import type { dataProtection as source } from '../fi/dataProtection.ts';

export const dataProtection: DeepStringShape<typeof source> = {
  title: 'Privacy notice',
  subtitle: 'Processing of personal data in social assistance matters (the Tuki e-services)',
  intro:
    'This notice tells how we process your personal data and that of your family members when you apply for social assistance or deal with your matter, and what rights you have (EU General Data Protection Regulation, Articles 13 and 14).',
  controller: {
    heading: 'Controller',
    text: 'City of Helsinki, Social Services, Health Care and Rescue Services Committee. The data is processed by Adult Social Work of the Social Services, Health Care and Rescue Services Division.',
    address:
      'City of Helsinki Registry, P.O. Box 10, FI-00099 City of Helsinki. E-mail helsinki.kirjaamo@example.hel.fi.',
  },
  officer: {
    heading: 'Data protection officer',
    name: 'Data Protection Officer of the City of Helsinki',
    email: 'tietosuoja@example.hel.fi',
    phone: '+358 9 310 1691',
    address: 'P.O. Box 1, FI-00099 City of Helsinki',
  },
  purpose: {
    heading: 'Purpose of the processing',
    text: 'We process the data to receive your application, establish your right to social assistance, make the decision and notify you of it, pay the assistance granted, handle requests for rectification, and give advice and keep in touch with you as a client. The data is also used for the statistics the law requires (such as monitoring processing times) without identifiable personal data.',
  },
  legalBasis: {
    heading: 'Legal basis of the processing',
    gdpr: 'The processing is necessary for compliance with a legal obligation of the controller and for the performance of a task carried out in the public interest (Article 6(1)(c) and (e) of the General Data Protection Regulation). Data concerning health and other special categories of personal data are processed to provide social care and social security (Article 9(2)(h) and (b)).',
    acts: 'National legislation: the Act on Social Assistance (1412/1997), the Act on the Status and Rights of Social Welfare Clients (812/2000), the Act on Client Documents in Social Welfare (254/2015) and the Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023).',
  },
  data: {
    heading: 'What data is processed and where it comes from',
    text: 'The names, personal identity codes or dates of birth, contact details, family and housing details, income, assets, expenses and bank account of the applicant and the family members, the attachments of the application, messages, decisions with their calculations, and who has processed the data and when. The data comes from you and from the identification service. Where the law allows, data may also be requested from other authorities, such as Kela and the Tax Administration, and from banks (Act on the Status and Rights of Social Welfare Clients, section 20).',
  },
  recipients: {
    heading: 'Disclosures and recipients',
    text: 'Data is disclosed only as the law provides, for example to Kela in matters of basic social assistance. If you use Suomi.fi Messages, decisions and messages may be delivered through that national messaging service. The assistance is paid to the bank account you gave. Paper letters are printed and mailed through the city’s contractor. No data is transferred outside the EU or the European Economic Area.',
  },
  retention: {
    heading: 'How long the data is kept',
    text: 'Applications sent, decisions and the documents that belong to them are social welfare client records. They are kept as the legislation on client documents in social welfare and the retention periods set by the National Archives require (in services for working-age adults, 10 years after the client relationship ended) and destroyed after that. Draft applications never sent are deleted 90 days after their last change.',
  },
  automated: {
    heading: 'Automated decision-making',
    text: 'Tuki calculates the amount of social assistance with calculation rules, but the decision is always made by a social welfare professional. No automated decision-making or profiling is used.',
  },
  rights: {
    heading: 'Your rights',
    access:
      'The right of access to your data (Article 15). You can download your data in the settings of the e-services or ask the registry for it.',
    rectification: 'The right to have inaccurate data rectified (Article 16).',
    restriction: 'The right to restriction of processing (Article 18).',
    objection:
      'The right to object, on grounds relating to your particular situation, to processing based on a task carried out in the public interest (Article 21).',
    erasure:
      'Data cannot be erased or moved to another system as far as the law requires it to be kept (Article 17(3)); you can delete your draft applications yourself.',
    complaint:
      'You have the right to lodge a complaint with the supervisory authority, the Office of the Data Protection Ombudsman (tietosuoja.fi, P.O. Box 800, FI-00531 Helsinki).',
    howTo:
      'You can send your requests to the registry. Questions about data protection can be sent to the data protection officer.',
  },
  contactEmail: 'E-mail',
  contactPhone: 'Telephone',
  contactAddress: 'Postal address',
};
