// Name parts for origins that no registry package lists in Latin script as they are spelled in
// the Netherlands (faker's `ar` locale is in Arabic script, and no locale covers Tigrinya,
// Moluccan or Surinamese Creole names). Written for Lakstift from general knowledge of Dutch
// population registers and naming customs; common given names and surnames, no particular
// persons. Sizes are printed by `npm run corpus -- --pools`.

/** Moroccan names as Dutch municipal registers spell them (French transliteration), with the
 * particles El, Ben, Ait, Ou that are part of the surname. */
export const MOROCCAN = {
  first: ['Mohamed', 'Abdelkader', 'Youssef', 'Khalid', 'Rachid', 'Mustapha', 'Said', 'Hamid', 'Abdelhak', 'Noureddine',
    'Brahim', 'Driss', 'Hicham', 'Mourad', 'Bilal', 'Ayoub', 'Soufiane', 'Zakaria', 'Anouar', 'Jamal', 'Tarik', 'Yassine',
    'Fatima', 'Khadija', 'Naima', 'Malika', 'Bouchra', 'Samira', 'Nadia', 'Latifa', 'Hafida', 'Zineb', 'Imane', 'Loubna',
    'Ikram', 'Houda', 'Siham', 'Hanane', 'Karima', 'Fadoua', 'Najat', 'Rachida', 'Asmae', 'Ilham', 'Sanae', 'Ouafae'],
  last: ['Bouzid', 'Amrani', 'Tahiri', 'Bouazza', 'Ouali', 'Chaouch', 'Benali', 'Bakkali', 'Azzouzi', 'Boukhari', 'Lahlou',
    'Mansouri', 'Tounsi', 'Zerouali', 'Haddouchi', 'Aarab', 'Boulahrouz', 'Chakir', 'Essaadi', 'Fassi', 'Ghazali', 'Harrak',
    'Kaddouri', 'Marzouki', 'Nouri', 'Ouazzani', 'Rifi', 'Saddiki', 'Touzani', 'Yahyaoui', 'Zaidi', 'Bouchtaoui', 'Mouhib'],
  particles: ['El', 'Ben', 'Ait', 'Ou', 'El', 'Ben'],
};

/** Syrian (Levantine Arabic) names in the English-style transliteration of Syrian passports,
 * with the article Al- and the kunya Abu. */
export const SYRIAN = {
  first: ['Ahmad', 'Mohammad', 'Omar', 'Khaled', 'Fadi', 'Rami', 'Basel', 'Hussam', 'Yamen', 'Wael', 'Majd', 'Ghaith',
    'Tarek', 'Nizar', 'Rawad', 'Samer', 'Ammar', 'Firas', 'Louay', 'Hazem', 'Rania', 'Lama', 'Dima', 'Rasha', 'Hiba',
    'Nour', 'Reem', 'Ghada', 'Lina', 'Maysa', 'Razan', 'Ruba', 'Hala', 'Yara', 'Batoul', 'Shaza', 'Aya', 'Sawsan'],
  last: ['Haddad', 'Khoury', 'Sabbagh', 'Halabi', 'Jabri', 'Masri', 'Hamwi', 'Kassab', 'Attar', 'Darwish', 'Hijazi',
    'Qasem', 'Shami', 'Zoubi', 'Hariri', 'Najjar', 'Tabbaa', 'Kurdi', 'Sawaf', 'Akkad', 'Dabbagh', 'Homsi', 'Idlibi',
    'Rifai', 'Sukkar', 'Tayeb', 'Moussa', 'Ibrahim', 'Saleh', 'Hallak'],
  particles: ['Al-', 'Abu', 'Al-'],
};

/** Eritrean (Tigrinya) names: a given name followed by the father's given name, no family
 * surname, so both parts come from the same list. */
export const ERITREAN = {
  first: ['Tesfay', 'Yonas', 'Habtom', 'Berhane', 'Mehari', 'Tekle', 'Ghebremedhin', 'Kidane', 'Tewolde', 'Mulugeta', 'Samuel',
    'Filmon', 'Robel', 'Yemane', 'Goitom', 'Asmerom', 'Measho', 'Haile', 'Tsegay', 'Weldu', 'Ghirmay', 'Abraham', 'Efrem',
    'Senait', 'Helen', 'Selam', 'Luwam', 'Saba', 'Yordanos', 'Hiwet', 'Almaz', 'Mebrat', 'Tsega', 'Freweyni', 'Ruta',
    'Semhar', 'Winta', 'Elsa', 'Mihret', 'Hanna', 'Rahel', 'Feven', 'Lidia', 'Merhawit'],
  fathers: ['Tesfamariam', 'Gebrehiwet', 'Woldemichael', 'Haileselassie', 'Ghebreyesus', 'Teklehaimanot', 'Berhe', 'Kahsay',
    'Abraha', 'Gebremeskel', 'Habte', 'Mebrahtu', 'Tesfazghi', 'Andemariam', 'Weldeslassie', 'Zerai', 'Okbamichael',
    'Fessehaye', 'Ghebremariam', 'Ogbazghi', 'Tekeste', 'Asfaha', 'Gebru', 'Kiflom'],
};

/** Moluccan surnames (Ambonese and other Central Moluccan families in the Netherlands since 1951). */
export const MOLUCCAN = {
  last: ['Pattiasina', 'Latuheru', 'Sahetapy', 'Tahapary', 'Manuhutu', 'Pattipeilohy', 'Soplantila', 'Wattimena', 'Lekatompessy',
    'Sopacua', 'Tuhumury', 'Matulessy', 'Pelupessy', 'Nanlohy', 'Hehanussa', 'Lawalata', 'Siahaya', 'Tutuarima', 'Leiwakabessy',
    'Parinussa', 'Tahitu', 'Ririmasse', 'Sapulette', 'Pattinama', 'Titaley', 'Akihary', 'Latumahina', 'Sahertian', 'Huwae'],
};

/** Surinamese Creole surnames (many are Dutch-looking names given at emancipation in 1863). */
export const SURINAMESE_CREOLE = {
  last: ['Pinas', 'Doelwijt', 'Zeefuik', 'Sedney', 'Nelom', 'Brunings', 'Esajas', 'Emanuelson', 'Ferrier', 'Fraser', 'Linger',
    'Mac Donald', 'Menig', 'Olmtak', 'Pengel', 'Refos', 'Rozenblad', 'Sabajo', 'Sordam', 'Veira', 'Wijngaarde', 'Zaalman',
    'Kolader', 'Lieveld', 'Nooitmeer', 'Ooft', 'Purperhart', 'Tjon A Fat', 'Vaseur', 'Zorgdrager', 'Amafo', 'Breinburg'],
  first: ['Ruben', 'Clarence', 'Ricardo', 'Romeo', 'Iwan', 'Orlando', 'Marlon', 'Glenn', 'Humphrey', 'Winston', 'Errol',
    'Lucia', 'Marlies', 'Jocelyn', 'Ingrid', 'Sharon', 'Gracia', 'Rinia', 'Chantal', 'Naomi', 'Patricia', 'Sheila', 'Jerrel'],
};
