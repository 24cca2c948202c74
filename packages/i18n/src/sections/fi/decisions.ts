// Finnish texts of decisions: the reusable reasons, the outcomes, and the decision views (the source; Swedish and
// English are typed against it). The reasons are formal: they are printed in the decision letter.

export const decisions = {
  outcome: {
    approved: 'Myönteinen',
    partially_approved: 'Osittain myönteinen',
    rejected: 'Kielteinen',
  },
  reasonTemplates: {
    calculatedNeed:
      'Toimeentulotuki on laskettu hakemuksesi ja sen liitteiden perusteella. Laskelmassa on otettu huomioon perusosa, hyväksytyt asumismenot ja muut perusmenot sekä käytettävissä olevat tulot ja varat.',
    incomeExceedsNeeds:
      'Käytettävissä olevat tulosi ja varasi ovat suuremmat kuin toimeentulotuessa huomioon otettavat menosi. Sinulla ei siksi ole oikeutta toimeentulotukeen hakemaltasi kuukaudelta.',
    housingCostsAboveNorm:
      'Asumismenoista on hyväksytty kunnan kohtuullisena pitämä määrä. Kohtuullisen määrän ylittäviä asumismenoja ei oteta huomioon, koska siirtymäaika kohtuullisempaan asuntoon on päättynyt.',
    expenseNotNecessary:
      'Kaikkia hakemiasi menoja ei ole hyväksytty, koska niitä ei ole katsottu välttämättömiksi toimeentulotuen perusmenoiksi.',
    assetsAvailable:
      'Käytettävissä olevat varasi on otettu huomioon, koska ne voidaan käyttää elatukseen ennen toimeentulotukea.',
    informationNotProvided:
      'Pyydettyä lisäselvitystä ei ole toimitettu määräaikaan mennessä, joten oikeuttasi toimeentulotukeen ei ole voitu selvittää.',
  },
} as const;
