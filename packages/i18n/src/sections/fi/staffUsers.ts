// Finnish texts of the staffUsers section (the source; Swedish and English are typed against it).

export const staffUsers = {
  pageTitle: 'Käyttäjät',
} as const;
