// Finnish texts of the citizenDuplicates section (the source; Swedish and English are typed against it): the warning
// on the check page before sending, and the notice of an application merged into another one.

export const citizenDuplicates = {
  warningTitle: 'Samalle kuukaudelle on jo hakemus',
  ownWarning:
    'Sinulla on jo hakemus kuukaudelle {month}: {references}. Jos lähetät tämän hakemuksen, se voidaan yhdistää aiempaan hakemukseen.',
  spouseWarning:
    'Puolisosi on jo lähettänyt hakemuksen kuukaudelle {month}, jossa sinut on ilmoitettu puolisoksi. Perhe hakee toimeentulotukea yhdellä hakemuksella. Jos lähetät tämän hakemuksen, se voidaan yhdistää puolisosi hakemukseen.',
  canStillSend: 'Voit silti lähettää hakemuksen.',
  mergedTitle: 'Hakemus on yhdistetty toiseen hakemukseen',
  mergedOwn:
    'Hakemuksesi {reference} yhdistettiin hakemukseen {target}. Sitä ei käsitellä erikseen; asia ratkaistaan hakemuksella {target}.',
  mergedFamily:
    'Hakemuksesi {reference} yhdistettiin perheesi toiseen samaa kuukautta koskevaan hakemukseen. Sitä ei käsitellä erikseen.',
} as const;
