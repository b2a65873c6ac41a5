/** The mobility team's allocation plan, in Dutch (registered as `allocation` by team-pages.ts; English in allocation.en.ts). */
export const allocationNl = {
  title: 'Toewijzing',
  intro:
    'Wie stellen we deze ronde aan wie voor? Werkbrug zoekt over de hele regio de beste verdeling: zo veel mogelijk goede matches, binnen het aantal plaatsen per vacature, en zonder dat één kandidaat door te veel werkgevers tegelijk wordt benaderd.',
  settings: 'Uitgangspunten',
  perCandidate: 'Kennismakingen per kandidaat',
  perCandidateHelp: 'Met hoeveel werkgevers een kandidaat in deze ronde tegelijk kennismaakt (1 tot 5).',
  minScore: 'Minimale matchscore',
  minScoreHelp: 'Matches met een lagere score (0 tot 100) stellen we niet voor.',
  readOnly:
    'Dit is een voorstel om mee te werken. Werkbrug verstuurt niets en legt niets vast: de kennismakingen regel je zelf met de werkgevers en de HR-adviseurs van de kandidaten.',
  summary_one:
    'Gebaseerd op {{edges}} matches boven de minimale score, voor {{positions}} open plaatsen, met hoogstens {{count}} kennismaking per kandidaat.',
  summary_other:
    'Gebaseerd op {{edges}} matches boven de minimale score, voor {{positions}} open plaatsen, met hoogstens {{count}} kennismakingen per kandidaat.',
  introductionsTitle: 'Voorgestelde kennismakingen',
  introductionsCaption: 'Per vacature de kandidaten om voor te stellen, beste match eerst',
  vacancy: 'Vacature',
  employer: 'Werkgever',
  candidate: 'Kandidaat (profielcode)',
  score: 'Matchscore',
  unknownVacancy: 'Vacature niet meer te zien',
  unknownEmployer: 'Werkgever niet meer te zien',
  empty:
    'Er zijn nu geen kennismakingen voor te stellen. Er zijn geen open vacatures en actieve kandidaten die bij elkaar passen, of de minimale matchscore staat te hoog.',
  figuresTitle: 'Hoe eerlijk is de verdeling?',
  figuresIntro:
    'We zetten het voorstel naast wat er gebeurt als elke vacature los haar eigen beste kandidaten kiest (ieder voor zich). Dan krijgen sterke kandidaten vaak veel verzoeken tegelijk en blijven anderen buiten beeld.',
  figuresCaption: 'Het voorstel naast ieder voor zich, met de betekenis van elk cijfer',
  figure: 'Cijfer',
  proposal: 'Voorstel',
  greedy: 'Ieder voor zich',
  meaning: 'Wat betekent dit?',
  figures: {
    introductions: {
      label: 'Kennismakingen',
      meaning: 'Het aantal kennismakingen tussen een kandidaat en een vacature.',
    },
    candidatesReached: {
      label: 'Kandidaten in beeld',
      meaning:
        'Hoeveel verschillende kandidaten minstens één kennismaking krijgen. Hoger is beter: meer mensen krijgen een kans.',
    },
    vacanciesServed: {
      label: 'Vacatures met een kandidaat',
      meaning: 'Hoeveel vacatures minstens één kandidaat voorgesteld krijgen.',
    },
    positionsFilled: {
      label: 'Plaatsen met een kandidaat',
      meaning:
        'Hoeveel open plaatsen een kandidaat krijgen. Een vacature met twee plaatsen telt twee keer mee.',
    },
    totalScore: {
      label: 'Totale matchscore',
      meaning:
        'De matchscores van alle kennismakingen bij elkaar opgeteld. Hoe hoger, hoe beter de kandidaten samen bij de vacatures passen.',
    },
    maxIntroductionsPerCandidate: {
      label: 'Meeste kennismakingen voor één kandidaat',
      meaning: 'Het hoogste aantal kennismakingen dat één kandidaat krijgt.',
    },
    candidatesOverLimit: {
      label: 'Kandidaten boven de grens',
      meaning:
        'Kandidaten die meer kennismakingen krijgen dan de grens per kandidaat: meerdere werkgevers benaderen hen tegelijk. Het voorstel blijft altijd binnen de grens.',
    },
    attentionGini: {
      label: 'Spreiding van de aandacht',
      meaning:
        'Een getal van 0 tot 1 (de Gini-coëfficiënt). Bij 0 krijgt elke kandidaat met een match evenveel kennismakingen; hoe dichter bij 1, hoe meer de aandacht naar een paar kandidaten gaat.',
    },
    feasiblePositionsFilled: {
      label: 'Plaatsen die overeind blijven',
      meaning:
        'Hoeveel plaatsen nog een kandidaat hebben als elke kandidaat alleen zijn beste kennismakingen binnen de grens aanneemt.',
    },
    feasibleTotalScore: {
      label: 'Matchscore die overeind blijft',
      meaning:
        'De totale matchscore als elke kandidaat alleen zijn beste kennismakingen binnen de grens aanneemt. Dit is de eerlijke vergelijking tussen de twee verdelingen.',
    },
  },
  byEmployerTitle: 'Per werkgever',
  byEmployerCaption: 'Wat elke werkgever in het voorstel krijgt',
  vacancies: 'Open vacatures',
  positions: 'Plaatsen',
  introductions: 'Kennismakingen',
  candidates: 'Kandidaten',
  shared: 'Ook bij een andere werkgever',
  sharedHelp:
    'Ook bij een andere werkgever: kandidaten die in het voorstel ook aan een andere werkgever worden voorgesteld.',
  totalScore: 'Totale matchscore',
};
