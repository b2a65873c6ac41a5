import { dictionary as nlBe } from '@zxcvbn-ts/language-nl-be';

/**
 * First names for the name warning. Two sources:
 * - `@zxcvbn-ts/language-nl-be` (MIT): boys' and girls' first names of Flanders, mostly names given since the
 *   1990s, and Flemish/Dutch last names;
 * - the list below, written for Werkbrug: first names common among adults in the Netherlands that the Flemish
 *   list lacks, chosen from the names that rank high in the public first-name statistics of the Meertens
 *   Instituut's Nederlandse Voornamenbank and CBS birth statistics (Dutch names of people born 1950–2000, and
 *   the most frequent Moroccan, Turkish, Surinamese-Hindustani, Creole, Antillean, Polish and other names in NL).
 *   Hand-picked, not copied: a short list of names, not a database.
 */
// prettier-ignore
const COMMON_IN_NL = `
  jan piet kees henk gerrit klaas willem wim johan hans cor ruud jeroen wouter thijs bram sander joost maarten
  stefan erik marco martijn bas niels jasper rick roel koen ivo arjan edwin marcel ronald peter frank rob
  richard patrick dennis mark vincent jeffrey gijs sjoerd teun stijn tijmen jelle douwe sietse hendrik harm
  gert geert bert ben dirk evert gerard herman jacob joop karel leo marinus nico paul theo ton tonny wilco
  rutger laurens floris hidde ids jorrit pepijn reinier siebe wessel yorick ferdi frits fons huub sjaak
  anneke annemarie anouk astrid carla chantal daphne ellen esther femke fleur hanneke ilse ingrid inge janneke
  jolanda josje karin kim linda lisanne liesbeth manon marieke marloes mirjam monique nicole petra renate
  sanne saskia sylvia tamara wendy yvonne anja anita annelies bianca brenda corine diana dianne els elly
  gerda gonny hennie ineke jacqueline jose judith lia marja marijke mieke miranda nathalie patricia ria
  rianne sandra simone sonja tineke truus wilma willemijn jorien jildou sietske aukje froukje hester
  mohammed mohamed mohammad ahmed ahmet mustafa youssef yusuf said rachid karim hamza ilias ilyas bilal
  soufiane yassine zakaria anouar abdelkader abdel hassan hicham khalid mehdi nordin redouan tarik younes
  fatima fatma khadija nadia samira naima imane salma aicha aisha hanan ikram malika houda latifa loubna
  meryem nora sara siham souad zineb hafsa hajar
  mehmet murat emre burak hakan kemal serkan cem ozan volkan onur ibrahim ismail osman huseyin hüseyin ali
  veli erkan gökhan ayse ayşe emine zeynep elif esra büşra busra merve özlem ozlem hülya hulya sevgi hatice
  gül gul dilek derya songül yasemin tuba
  ravi anil sunil rajesh ramesh dinesh vikash vishal kiran shanti kavita sharda priya roshni anita sunita
  reshma nisha radjesh ashwin navin romano clarence winston errol marlon glenn humphrey ricardo rudy orlando
  gregory shurwin jurgen jurgen sharon shirley gracia natasja jennifer claudette denise
  piotr tomasz krzysztof marek pawel paweł andrzej michal michał lukasz łukasz kamil jakub grzegorz agnieszka
  katarzyna malgorzata małgorzata joanna magdalena ewa anna monika beata dorota
  ahmad mahmoud omar abdullah tesfay yonas ermias semhar helen dawit mei wei li xin ming
  john james david michael robert thomas daniel paul andrew steven kevin brian emily sarah jessica emma
  olivia sophie charlotte rachel laura hannah lucy amy chloe grace
`;

/**
 * Names that are also ordinary words, months, brands or places ("Mark je beschikbaarheid", "Elke dag",
 * "Will work weekends", "Hope to start", "Rose", "Job"): a name warning needs a surname or a cue with these.
 */
// prettier-ignore
const ALSO_WORDS = `
  mark will hope grace grant page may june april august summer winter storm job door per bent ben ken toon
  lente lieve trui lot roos rose rosa fleur amber jade ruby iris ivy lily daisy violet joy faith destiny
  free nine line an lone mill prince rover sky scout sultan nova belle fee eden art israel bono elke helder
  adem junior marine roman christian jean angel bill frank guy miles sue eve sydney max jan jack dean bo jo
  lee ray matt rob vic stan finn kurt brooklyn nelson morgan lou wolf staf ward bas mon kas han can said
  marc leen nette griet bes sep sus ode asa rim ans eef nel ine margo jet cor sil sim nic sen ege ole gil
  fil jul jos dré kaj dov lev isa ina ona ada lia pia eda ela fie iza tia uma lin ece ena nia ema ise emi
  nur zia mae ade naz mei li wei ming sharon dirk piet kim gül gul hans maxima máxima august dex axel
  justine cruz diaz moreno dominique sonny dani prince austin dakota madison savannah chelsea florence
  sidney jordan devon dakota cody kay aren floor lovely joke lies heaven blessing lion nick robin flora
  sander jasmine`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Lower case, without diacritics: "Ayşe" and "Ayse" are one name. */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...nlBe.boysFirstnames, ...nlBe.girlsFirstnames, ...words(COMMON_IN_NL)].map(nameKey),
);

export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(words(ALSO_WORDS).map(nameKey));

/** Flemish/Dutch last names plus frequent Dutch ones the list lacks ("de Vries" is "vries" after "de"). */
// prettier-ignore
const COMMON_LAST_NAMES = `
  jansen janssen de vries van den berg bakker visser smit meijer mulder de boer de groot bos vos peters
  hendriks van dijk dekker brouwer de wit dijkstra smits de graaf van der meer van der linden kok jacobs
  de haan vermeulen van den heuvel van der veen van beek de bruijn de jong schouten van leeuwen willems
  yilmaz yılmaz demir kaya şahin sahin çelik celik öztürk ozturk aydın aydin
  thompson smith johnson williams brown jones miller davis wilson taylor clarke nowak kowalski verhoeven
  kuipers
`;

export const LAST_NAMES: ReadonlySet<string> = new Set(
  [...nlBe.lastnames, ...words(COMMON_LAST_NAMES)]
    .flatMap((name) => name.split(' '))
    .map(nameKey)
    .filter((name) => name.length > 3),
);
