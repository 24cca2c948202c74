// Finnish texts of the caseWork section (the source; Swedish and English are typed against it).

export const caseWork = {
  pageTitle: 'Hakemus',
} as const;
