// Finnish texts of the workQueue section (the source; Swedish and English are typed against it).

export const workQueue = {
  pageTitle: 'Työjono',
} as const;
