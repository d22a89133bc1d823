import type { ActionKind } from "../../schema/enums";
import type { CountryCode, SeedCampaign } from "../types";
import { changWeipingCampaignZh, dongGuangpingCampaignFr } from "./translations";

/*
 * Demo campaigns. Facts (names, dates, places, charges, counts, hashtags, outcomes) come from
 * public reporting on these cases (see the README's "Demo data"); every sentence here is our
 * own. Target keys refer to ./targets.ts.
 */

type Activity = SeedCampaign["activity"];
type PublicItem = NonNullable<SeedCampaign["publicItems"]>[number];

/** Demo activity rows for one action kind: [country, confirmed count, self-reported subset]. */
function activity(kind: ActionKind, rows: [CountryCode, number, number?][]): Activity {
  return rows.map(([country, count, selfReported]) =>
    selfReported ? { kind, country, count, selfReported } : { kind, country, count },
  );
}

/* ========================================================================================== */
/* 1. Dong Guangping                                                                           */
/* ========================================================================================== */

const dongGuangping: SeedCampaign = {
  slug: "reunite-dong-guangping-with-his-family",
  title: "Reunite Dong Guangping with his family in Canada",
  summary:
    "Chinese rights defender Dong Guangping was detained by police in Viet Nam on 24 August 2022 and nothing has been heard of him since. His wife and daughter in Toronto fear he has been sent back to China.",
  ask: "Write to, email or phone the Chinese and Vietnamese ambassadors: ask them to say where Dong Guangping is, to let Canadian officials see him, and to let him join his family in Canada.",
  story: `Dong Guangping has been jailed in China three times, each time for his human rights activism and his refusal to stay quiet about abuses.

In 2015 the UN refugee agency (UNHCR) recognised him as a refugee, and Canada accepted him for resettlement. At that point he was living in Thailand with his wife and daughter; before he could leave for Canada, Thai police handed him over to the Chinese authorities. Back in China he was sentenced to three and a half years in prison.

When he was freed in 2019 he wanted nothing more than to join his family, who by then were living in Toronto. China would not give him a passport. His first escape attempt, swimming toward an island held by Taiwan not far from the coast, failed. In January 2020 he crossed secretly into Viet Nam, where he lived in hiding for 31 months while the Canadian government supported his request to travel on to Canada.

On **24 August 2022** Vietnamese police arrested him. Since then his family has had no news at all: not where he is held, not how he is. They fear he has been handed to China, where he would very likely be imprisoned again.

## What we are asking

We are asking the ambassadors of China and Viet Nam:

- to disclose where Dong Guangping is now, and to confirm that he is safe;
- to allow Canadian officials to visit him;
- to let him travel to Canada without further delay, so that he can be with his wife and daughter.

Supporters in Canada write to the two ambassadors in Ottawa. Elsewhere, we suggest the embassy in your own country, or the foreign ministry if there is none.`,
  status: "published",
  goal: 10000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "email", "call"],
  featured: true,
  publishedOn: "2022-11-23",
  sourceLocale: "en",
  translations: [dongGuangpingCampaignFr],
  defenderSlugs: ["dong-guangping"],
  targets: [
    { rule: "embassy", responsibleState: "CN" },
    { rule: "embassy", responsibleState: "VN" },
    { rule: "fallback", responsibleState: "CN", targetKey: "ministry-cn" },
    { rule: "fallback", responsibleState: "VN", targetKey: "ministry-vn" },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Dong Guangping: his whereabouts and his journey to Canada",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing about Dong Guangping, a Chinese human rights defender who was taken into custody by police in Viet Nam on 24 August 2022. Since his arrest his family has received no information about where he is being held or about his health, and I share their deep concern.

In 2015 Mr Dong was recognised as a refugee by the UN High Commissioner for Refugees and accepted for resettlement by Canada. His wife and daughter live in Toronto and have waited years to be reunited with him. If he has been, or is about to be, transferred to China, he would be at serious risk of imprisonment once again because of his peaceful activism.

I therefore respectfully ask your Government to make known without delay where Dong Guangping is and in what condition, and to allow Canadian officials to visit him. I also urge that he be permitted to travel to Canada promptly so that he can rejoin his family.

Thank you for your attention to this humanitarian case. I would be grateful to learn of any steps your Government takes.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "letter",
      language: "fr",
      subject: "Dong Guangping : où se trouve-t-il ?",
      body: `{date}

Excellence,

Je me permets de vous écrire au sujet de Dong Guangping, défenseur chinois des droits humains, arrêté par la police vietnamienne le 24 août 2022. Depuis, sa famille n'a reçu aucune nouvelle de son lieu de détention ni de son état de santé, et je partage profondément son inquiétude.

En 2015, M. Dong avait été reconnu comme réfugié par le Haut-Commissariat des Nations unies pour les réfugiés et accepté pour une réinstallation au Canada. Son épouse et sa fille vivent à Toronto et attendent depuis des années de le retrouver. S'il était renvoyé en Chine, il risquerait d'être de nouveau emprisonné en raison de son engagement pacifique.

Je demande donc respectueusement à votre gouvernement de faire savoir sans délai où se trouve Dong Guangping et dans quel état, et de permettre à des représentants du Canada de lui rendre visite. Je vous prie également de veiller à ce qu'il puisse se rendre rapidement au Canada afin de rejoindre sa famille.

Je vous remercie de l'attention que vous porterez à cette situation humanitaire et vous prie d'agréer, Excellence, l'expression de ma très haute considération.

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "letter",
      language: "de",
      subject: "Dong Guangping: Wo ist er?",
      body: `{date}

Exzellenz,

ich wende mich an Sie wegen Dong Guangping, eines chinesischen Menschenrechtsverteidigers, der am 24. August 2022 in Vietnam von der Polizei festgenommen wurde. Seitdem hat seine Familie keinerlei Nachricht darüber erhalten, wo er festgehalten wird und wie es ihm gesundheitlich geht. Ich teile ihre große Sorge.

Herr Dong wurde 2015 vom Hohen Flüchtlingskommissar der Vereinten Nationen als Flüchtling anerkannt und von Kanada zur Neuansiedlung aufgenommen. Seine Frau und seine Tochter leben in Toronto und warten seit Jahren darauf, wieder mit ihm vereint zu sein. Würde er nach China überstellt, drohte ihm wegen seines friedlichen Engagements erneut Haft.

Ich bitte Ihre Regierung daher respektvoll, unverzüglich mitzuteilen, wo sich Dong Guangping befindet und wie es ihm geht, und kanadischen Vertreterinnen und Vertretern den Zugang zu ihm zu gestatten. Zudem bitte ich darum, ihm ohne weitere Verzögerung die Ausreise nach Kanada zu ermöglichen, damit er zu seiner Familie zurückkehren kann.

Ich danke Ihnen für Ihre Aufmerksamkeit in dieser humanitären Angelegenheit.

Hochachtungsvoll

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "email",
      language: "en",
      subject: "Please disclose the whereabouts of Dong Guangping",
      body: `Dear {target.honorific} {target.name},

I am concerned for Dong Guangping, a Chinese human rights defender arrested by police in Viet Nam on 24 August 2022. His family in Toronto has heard nothing about where he is or how he is since that day.

Mr Dong was recognised as a refugee by UNHCR and accepted for resettlement by Canada in 2015. I respectfully ask your Government to:

- disclose where he is being held and confirm that he is safe;
- allow Canadian officials to visit him;
- allow him to travel to Canada without further delay to rejoin his wife and daughter.

Thank you for your attention.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "call_script",
      language: "en",
      body: `Good morning. My name is {supporter.name} and I live in {supporter.city}. I am calling to leave a message for {target.honorific} {target.name} about Dong Guangping, a human rights defender from China.

- He was arrested by police in Viet Nam on 24 August 2022, and his family in Toronto has heard nothing from him since.
- I am asking your Government to say where he is and to confirm that he is safe.
- Please allow Canadian officials to visit him.
- He was accepted by Canada as a refugee in 2015. Please let him travel to Canada to join his wife and daughter without further delay.

Thank you for passing on my message.

(Tips: keep it short and polite. If nobody answers, leave the same message on the voicemail. You don't need to argue or give more details than you want to.)`,
    },
  ],
  updates: [
    {
      kind: "disappeared",
      title: "Arrested in Viet Nam, then silence",
      body: "After 31 months in hiding in Viet Nam, Dong Guangping was detained by Vietnamese police. The authorities have given his family no information about where he is held.",
      occurredOn: "2022-08-24",
    },
    {
      kind: "update",
      title: "Appeal to the ambassadors of China and Viet Nam",
      body: "Three months on there is still no news. We are asking supporters to write to, email or phone the two ambassadors in Ottawa, or the embassies in their own countries, and ask where he is.",
      occurredOn: "2022-11-23",
    },
  ],
  activity: [
    ...activity("letter", [
      ["CA", 410, 60],
      ["US", 150, 20],
      ["GB", 110],
      ["DE", 60],
      ["FR", 45],
      ["AU", 40],
    ]),
    ...activity("email", [
      ["CA", 260],
      ["US", 90],
      ["GB", 50],
      ["NL", 25],
    ]),
    ...activity("call", [
      ["CA", 85, 85],
      ["US", 20, 20],
      ["GB", 12, 12],
    ]),
  ],
};

/* ========================================================================================== */
/* 2. Chang Weiping and #RepealRSDL                                                            */
/* ========================================================================================== */

const changWeiping: SeedCampaign = {
  slug: "chang-weiping-repeal-rsdl",
  title: "Stand with Chang Weiping's family: #RepealRSDL",
  summary:
    "Human rights lawyer Chang Weiping was taken into secret detention on 22 October 2020. Send a postcard of support to his wife, Chen Zijuan, and call on China to abolish 'Residential Surveillance at a Designated Location'.",
  ask: "Write a solidarity postcard to Chen Zijuan, and tweet the call for China to #RepealRSDL.",
  story: `Chang Weiping is a Chinese human rights lawyer. He has taken on cases few others would: people who reported sexual harassment during China's #MeToo movement, people treated unfairly because of their sexual orientation or HIV status, and people targeted for what they said or for their faith.

In January 2020, a month after he attended a meeting with other activists, he was held for the first time under **Residential Surveillance at a Designated Location** (RSDL). In October 2020 he published a video describing the torture he said he had suffered there. Ten days later, on **22 October 2020**, police took him again under RSDL, this time on suspicion of "inciting subversion of State power". UN experts have urged his release. Where he is held has not been disclosed.

## What RSDL is

Since 2012, articles 74 to 79 of China's Criminal Procedure Law have allowed police to hold a person for up to six months in a place of their choosing, without telling anyone where. Detainees are cut off from their families and from lawyers of their choice; many describe interrogation under torture aimed at extracting confessions. UN experts consider RSDL a form of enforced disappearance. Estimates of the number of people held this way go as high as 57,000.

ISHR, Safeguard Defenders, The Rights Practice and The 29 Principles are working together to press China to **#RepealRSDL**, to bring truth and justice to people who were held under it, and to get governments and the UN to raise it whenever they talk to Beijing.

## Why a postcard matters

For people who are disappeared, and for the families who keep asking where they are, knowing that others care is vital. Write a few words to Chen Zijuan, Chang Weiping's wife. Moderated messages appear on the wall below; you can also share yours online with #StandWithDefenders #RepealRSDL and tag @ISHRglobal.`,
  status: "published",
  goal: 5000,
  hashtags: ["#RepealRSDL", "#StandWithDefenders"],
  highRisk: false,
  actionKinds: ["solidarity", "tweet"],
  featured: true,
  publishedOn: "2021-10-22",
  sourceLocale: "en",
  translations: [changWeipingCampaignZh],
  defenderSlugs: ["chang-weiping"],
  targets: [
    { rule: "embassy", responsibleState: "CN", actionKinds: ["tweet"] },
    { rule: "fallback", responsibleState: "CN", targetKey: "ministry-cn", actionKinds: ["tweet"] },
  ],
  templates: [
    {
      kind: "solidarity_prompt",
      language: "en",
      body: `Write a short postcard to Chen Zijuan, the wife of lawyer Chang Weiping.

- Say who you are and where you are writing from (a first name and a city are enough).
- Tell her that people far away know what her husband did for others, and that she is not alone.
- Keep it warm and personal. Please leave out slogans and anything that could make trouble for the family.

Every message is read by a moderator before it appears on the wall or is passed on.`,
    },
    {
      kind: "solidarity_prompt",
      language: "fr",
      body: `Écrivez une courte carte à Chen Zijuan, l'épouse de l'avocat Chang Weiping.

- Dites qui vous êtes et d'où vous écrivez (un prénom et une ville suffisent).
- Dites-lui que, loin d'elle, des gens savent ce que son mari a fait pour les autres et qu'elle n'est pas seule.
- Restez chaleureux et personnel, sans slogans ni rien qui puisse mettre la famille en difficulté.

Chaque message est relu par un modérateur avant d'être publié ou transmis.`,
    },
    {
      kind: "tweet",
      language: "en",
      body: "Lawyer Chang Weiping took the cases others turned down. China has held him in secret since October 2020. With his wife Chen Zijuan, I ask for his release. @ISHRglobal",
    },
  ],
  updates: [
    {
      kind: "disappeared",
      title: "Taken into secret detention for the second time",
      body: "Ten days after publishing a video about the torture he endured during his first RSDL detention, Chang Weiping was taken again, on suspicion of 'inciting subversion of State power'.",
      occurredOn: "2020-10-22",
    },
    {
      kind: "update",
      title: "One year on, still no word",
      body: "A year after he was taken, his family still does not know where he is held. From today, supporters can send postcards to his wife, Chen Zijuan, through this page.",
      occurredOn: "2021-10-22",
    },
    {
      kind: "update",
      title: "Rights groups step up the #RepealRSDL campaign",
      body: "ISHR, Safeguard Defenders, The Rights Practice and The 29 Principles published a campaign toolbox and urged governments to raise RSDL in every human rights exchange with China.",
      occurredOn: "2022-02-05",
    },
  ],
  activity: [
    ...activity("solidarity", [
      ["GB", 180],
      ["US", 140],
      ["CA", 90],
      ["DE", 70],
      ["FR", 60],
      ["NL", 40],
      ["TW", 35],
      ["AU", 30],
    ]),
    ...activity("tweet", [
      ["US", 120],
      ["GB", 90],
      ["CA", 40],
      ["DE", 30],
      ["AU", 15],
    ]),
  ],
  publicItems: [
    {
      kind: "solidarity",
      name: "Marieke V.",
      country: "NL",
      message:
        "Dear Chen Zijuan, greetings from Utrecht. Your courage in asking for your husband reaches us here. We think of you both and hope you are together again soon.",
    },
    {
      kind: "solidarity",
      name: "Tom H.",
      country: "GB",
      message:
        "To Chen Zijuan and family: you are not alone. Quite a few of us in Leeds follow Chang Weiping's case and we will keep asking for his freedom.",
    },
    {
      kind: "solidarity",
      name: "Claire D.",
      country: "FR",
      language: "fr",
      message:
        "Chère Chen Zijuan, depuis Lyon je vous envoie tout mon soutien. Votre mari a défendu les autres avec courage ; nous ne l'oublions pas.",
    },
    {
      kind: "solidarity",
      name: "Jonas K.",
      country: "DE",
      language: "de",
      message:
        "Liebe Chen Zijuan, herzliche Grüße aus Hamburg. Wir denken an Sie und Ihren Mann und hoffen, dass Ihre Familie bald wieder zusammen ist.",
    },
    {
      kind: "solidarity",
      name: "Mei-ling C.",
      country: "TW",
      message:
        "From Taipei, with respect. Chang Weiping stood up for people who had nobody else. We stand with your family.",
    },
  ],
};

/* ========================================================================================== */
/* 3. #EndReprisals (ISHR, HRC48, 2021)                                                        */
/* ========================================================================================== */

const endReprisals: SeedCampaign = {
  slug: "end-reprisals-hrc48",
  title: "#EndReprisals: no one should be punished for talking to the UN",
  summary:
    "In September 2021 the UN reported reprisals and intimidation against some 240 people in 45 countries for cooperating with it. Supporters tweeted at Human Rights Council members before 4 October 2021, asking them to back a strong resolution.",
  ask: "Tweet at States on the Human Rights Council and ask them to support the resolution to #EndReprisals.",
  story: `The UN's human rights bodies depend on information from human rights defenders: their documentation, their testimony, their knowledge of what is happening on the ground. That is exactly why some governments try to keep them away, using anything from red tape and travel bans to intimidation, prison and killings.

On **29 September 2021**, during the 48th session of the Human Rights Council, UN Assistant Secretary-General for Human Rights Ilze Brands Kehris presented the Secretary-General's annual report on cooperation with the UN. In the year under review it recorded allegations of reprisals and intimidation against some 240 activists, journalists and members of civil society in 45 countries; around 50 had been detained. Many cases were reported anonymously because the people concerned feared further retaliation. It found indications that reprisals may follow a pattern in China, Egypt, Iran, Saudi Arabia and Viet Nam, as well as India, Israel, Myanmar, the Philippines and Venezuela.

During the same session, States negotiated a resolution to strengthen the response of the UN and of governments. Among other things it invited the Secretary-General to present his reprisals report to the General Assembly, where all 193 Member States sit, and not only to the Council.

The International Service for Human Rights (ISHR) asked supporters to tweet at Council members before **4 October 2021**, urging them to support the resolution, to resist any attempt to water it down, to condemn reprisals in public and to raise the cases of individual victims.

This action is closed. The messages below are kept as a record of what supporters asked.`,
  status: "closed",
  goal: 3000,
  deadline: "2021-10-04",
  hashtags: ["#EndReprisals"],
  highRisk: false,
  actionKinds: ["tweet"],
  featured: false,
  publishedOn: "2021-09-17",
  closedOn: "2021-10-04",
  defenderSlugs: [],
  targets: [
    { rule: "fixed", targetKey: "unmission-cn-ch" },
    { rule: "fixed", targetKey: "unmission-ru-ch" },
    { rule: "fixed", targetKey: "unmission-pk-ch" },
    { rule: "fixed", targetKey: "unmission-in-ch" },
    { rule: "fixed", targetKey: "unmission-ph-ch" },
    { rule: "fixed", targetKey: "unmission-ve-ch" },
    { rule: "fixed", targetKey: "unmission-cu-ch" },
  ],
  templates: [
    {
      kind: "tweet",
      language: "en",
      body: "Telling the UN what happened at home must never cost anyone their freedom. Members of the Human Rights Council: please back a strong resolution to #EndReprisals.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-cn-ch",
      body: "{target.name}: no one should be held or turned back at the border for working with the UN. China, please back the Council resolution to #EndReprisals.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-ru-ch",
      body: "{target.name}: Council members should set the example. Please support a strong resolution to #EndReprisals so that defenders can brief the UN without being intimidated.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-pk-ch",
      body: "{target.name}: people who give evidence to the UN must be safe when they go home. Pakistan, please back the Human Rights Council resolution to #EndReprisals.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-in-ch",
      body: "{target.name}: the UN can only act on violations if people are free to report them. India, please support the Human Rights Council resolution to #EndReprisals.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-ph-ch",
      body: "{target.name}: speaking to the UN is a right, not a crime. The Philippines can lead on the Council by backing the resolution to #EndReprisals.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-ve-ch",
      body: "{target.name}: activists who engage with UN mechanisms deserve protection, not punishment. Venezuela, please support the Human Rights Council resolution to #EndReprisals.",
    },
    {
      kind: "tweet",
      language: "en",
      targetKey: "unmission-cu-ch",
      body: "{target.name}: the Council needs to hear from civil society without fear. Cuba, please support the resolution to #EndReprisals.",
    },
  ],
  updates: [
    {
      kind: "update",
      title: "UN report: reprisals against some 240 people in 45 countries",
      body: "The Secretary-General's annual report on reprisals was discussed at the Human Rights Council. Around 50 of the people concerned had been detained, and many cases were reported anonymously for fear of retaliation.",
      occurredOn: "2021-09-29",
    },
    {
      kind: "update",
      title: "Action closed at the deadline",
      body: "The call to tweet at Council members closed on 4 October 2021, the deadline set for the negotiations. Thank you to everyone who took part.",
      occurredOn: "2021-10-04",
    },
  ],
  activity: activity("tweet", [
    ["GB", 160],
    ["US", 140],
    ["CH", 90],
    ["FR", 60],
    ["DE", 55],
    ["CA", 45],
    ["NL", 30],
    ["AU", 20],
  ]),
};

/* ========================================================================================== */
/* 3b. #EndReprisals: the petition to the Presidency of the Human Rights Council               */
/* ========================================================================================== */

/**
 * The #EndReprisals call goes on after the HRC48 tweet action closed: this campaign collects
 * individual signatures on a petition, addressed to one fixed recipient, the Presidency of the
 * Council, and delivered by the organisers like letters (printed and as a list).
 */
const endReprisalsPetition: SeedCampaign = {
  slug: "end-reprisals-petition",
  title: "#EndReprisals: ask the Council's President to act on every reprisal",
  summary:
    "Every year the UN records people threatened, banned from travel or detained because they cooperated with it. Sign the petition asking the President of the Human Rights Council to take up each case raised with the Council.",
  ask: "Sign the petition to the President of the UN Human Rights Council.",
  story: `The Human Rights Council, the UN's main intergovernmental body on human rights, meets in Geneva. Its 47 member States are elected by the General Assembly, and each year the Council elects a President from among the ambassadors of its members.

The Council cannot do its work without people who tell it what is happening in their countries: defenders, lawyers, journalists, victims and their families. Following a Council resolution of 2009, the Secretary-General reports every year on intimidation and reprisals against people who cooperate with the UN. The 2021 report alone recorded allegations concerning some 240 people in 45 countries, around 50 of whom had been detained.

When someone is threatened or punished for engaging with the Council itself, for speaking at a session or meeting its experts, the Council's President can raise the case with the State concerned. This petition asks the President to do so for every such case brought to the Council, and to say so publicly.

The #EndReprisals tweet action during the Council's 48th session (2021) is kept on its own page as a record.`,
  status: "published",
  hashtags: ["#EndReprisals"],
  highRisk: false,
  actionKinds: ["petition"],
  featured: false,
  publishedOn: "2025-06-16",
  defenderSlugs: [],
  targets: [{ rule: "fixed", targetKey: "un-hrc-president", actionKinds: ["petition"] }],
  templates: [
    {
      kind: "petition",
      language: "en",
      subject: "Petition: no one should be punished for cooperating with the UN",
      body: `To the {target.name},

We, the undersigned, ask you to treat every act of intimidation or reprisal against a person who cooperates with the Human Rights Council as an attack on the Council itself.

When such a case is brought to the Council, please take it up with the State concerned without delay, follow it until the person is safe, and report publicly on what was done.

Defenders, journalists, lawyers and victims who speak to the UN must be able to go home without fear. #EndReprisals`,
    },
  ],
  updates: [],
  activity: activity("petition", [
    ["CH", 120],
    ["GB", 95],
    ["FR", 70],
    ["US", 60],
    ["DE", 40],
    ["KE", 25],
  ]),
};

/* ========================================================================================== */
/* 4. Xu Zhiyong and Ding Jiaxi: joint statement on the Xiamen gathering crackdown             */
/* ========================================================================================== */

/** Signatories of the 10 February 2025 joint statement, as listed in seed 003. */
const xiamenSignatories: PublicItem[] = [
  { kind: "org_signon", organisationName: "Amnesty International", country: "GB", website: "https://www.amnesty.org" },
  { kind: "org_signon", organisationName: "Asian Lawyers Network (ALN)", country: "JP" },
  {
    kind: "org_signon",
    organisationName: "CIVICUS: World Alliance for Citizen Participation",
    country: "ZA",
    website: "https://www.civicus.org",
  },
  { kind: "org_signon", organisationName: "Free Tibet", country: "GB" },
  { kind: "org_signon", organisationName: "Human Rights in China", country: "US" },
  { kind: "org_signon", organisationName: "India Tibet Friendship Society Nagpur Maharashtra", country: "IN" },
  { kind: "org_signon", organisationName: "International Bar Association's Human Rights Institute (IBAHRI)", country: "GB" },
  { kind: "org_signon", organisationName: "International Campaign for Tibet", country: "US" },
  {
    kind: "org_signon",
    organisationName: "International Federation for Human Rights (FIDH)",
    country: "FR",
    website: "https://www.fidh.org",
  },
  {
    kind: "org_signon",
    organisationName: "International Service for Human Rights (ISHR)",
    country: "CH",
    website: "https://ishr.ch",
  },
  { kind: "org_signon", organisationName: "Judicial Reform Foundation", country: "TW" },
  { kind: "org_signon", organisationName: "Lawyers for Lawyers", country: "NL" },
  { kind: "org_signon", organisationName: "LUNGTA – Active for Tibet", country: "BE" },
  { kind: "org_signon", organisationName: "PEN America", country: "US" },
  { kind: "org_signon", organisationName: "Safeguard Defenders", country: "ES", website: "https://safeguarddefenders.com" },
  { kind: "org_signon", organisationName: "Swiss Tibetan Friendship Association", country: "CH" },
  { kind: "org_signon", organisationName: "Taiwan Association for Human Rights", country: "TW" },
  { kind: "org_signon", organisationName: "The 29 Principles", country: "GB" },
  { kind: "org_signon", organisationName: "The Rights Practice", country: "GB" },
  { kind: "org_signon", organisationName: "Tibet Justice Center", country: "US" },
  { kind: "org_signon", organisationName: "Tibet Solidarity", country: "GB" },
  { kind: "org_signon", organisationName: "Voluntary Tibet Advocacy Group (V-TAG)", country: "NL" },
  {
    kind: "org_signon",
    organisationName: "World Organisation Against Torture (OMCT)",
    country: "CH",
    website: "https://www.omct.org",
  },
  { kind: "org_signon", organisationName: "Acción Solidaria", country: "VE" },
  { kind: "org_signon", organisationName: "Amnistía Internacional Chile", country: "CL" },
  { kind: "org_signon", organisationName: "CADAL", country: "AR" },
  { kind: "org_signon", organisationName: "Centro de Derechos Humanos Fray Francisco de Vitoria OP, A.C.", country: "MX" },
  {
    kind: "org_signon",
    organisationName:
      "CONTIOCAP – Coordinadora Nacional de Defensa de Territorios Indígenas Originarios Campesinos y Áreas Protegidas en Bolivia",
    country: "BO",
  },
  { kind: "org_signon", organisationName: "Movimiento Autónomo de Mujeres", country: "NI" },
  {
    kind: "org_signon",
    organisationName:
      "Red Nacional de Organismos Civiles de Derechos Humanos Todos los Derechos para todas, todos y todes",
    country: "MX",
  },
  { kind: "org_signon", organisationName: "Voces de Tíbet", country: "MX" },
];

const xuZhiyongDingJiaxi: SeedCampaign = {
  slug: "xiamen-gathering-free-xu-zhiyong-ding-jiaxi",
  title: "Five years after the Xiamen gathering: free Xu Zhiyong and Ding Jiaxi",
  summary:
    "Legal scholar Xu Zhiyong and lawyer Ding Jiaxi were sentenced to 14 and 12 years in April 2023 after a private meeting of rights defenders in Xiamen. Organisations can co-sign the joint statement; anyone can write to China's representatives.",
  ask: "Organisations: add your name to the joint statement. Everyone: write to China's ambassador and ask for the release of Xu Zhiyong and Ding Jiaxi.",
  story: `In December 2019 about twenty Chinese human rights defenders and lawyers met privately in Xiamen to discuss the state of human rights and of civil society in their country. Over the following weeks the authorities questioned, harassed, detained or imprisoned every participant who had not left the country. Almost all of them, and some of their relatives and friends, were put under travel bans that are still in force.

Among those detained were **Xu Zhiyong**, a legal scholar, and **Ding Jiaxi**, a human rights lawyer. Both were leading figures of the New Citizens' Movement, which encouraged people to see themselves as holders of rights and to campaign against corruption, the gap between rich and poor, and unequal access to schooling. That work had already cost them: in 2014 Xu was jailed for four years and Ding for three and a half, for "gathering a crowd to disturb public order".

From 26 December 2019 onwards, both men were forcibly disappeared under Residential Surveillance at a Designated Location (RSDL), where they were tortured and ill-treated. They were then charged with "subversion of State power", convicted after a secret trial and, in April 2023, sentenced to **14 years** (Xu) and **12 years** (Ding). UN High Commissioner for Human Rights Volker Türk and UN special procedures have raised their cases again and again, most recently in November 2024, without any response from China.

## The joint statement

On 10 February 2025, to mark five years since the crackdown, 34 civil society organisations from around the world published a joint statement. In it they call on the Chinese government to:

1. release, immediately and unconditionally, all human rights defenders and lawyers held because of their work, among them Xu Zhiyong and Ding Jiaxi;
2. stop the crackdown on civil society: the harassment, arbitrary detention, enforced disappearance and imprisonment of defenders and lawyers;
3. bring national security legislation, the Criminal Law and the Criminal Procedure Law so that they fully meet international human rights standards;
4. lift at once the travel bans on the people who took part in the gathering and on their families and friends.

If your organisation shares these demands, add its name below. Each signature is checked by a moderator before it appears.`,
  status: "published",
  goal: 5000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["org_signon", "letter"],
  featured: true,
  publishedOn: "2025-02-11",
  defenderSlugs: ["xu-zhiyong", "ding-jiaxi"],
  consentOverride:
    "Public case: the UN High Commissioner for Human Rights and UN experts have raised both men’s detention and sentences many times, and 34 civil society organisations jointly called for their release in February 2025. Neither they nor their families can be reached safely to record consent; the campaign repeats only what those named sources have made public.",
  targets: [
    { rule: "embassy", responsibleState: "CN", actionKinds: ["letter"] },
    { rule: "fallback", responsibleState: "CN", targetKey: "ministry-cn", actionKinds: ["letter"] },
    { rule: "fixed", targetKey: "ministry-cn", actionKinds: ["org_signon"] },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Release Xu Zhiyong and Ding Jiaxi",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing to ask your Government to release the legal scholar Xu Zhiyong and the human rights lawyer Ding Jiaxi, who are serving prison sentences of 14 and 12 years imposed in April 2023.

Both men were detained after taking part in a private meeting of lawyers and rights defenders in Xiamen in December 2019. They were held incommunicado under "Residential Surveillance at a Designated Location", reportedly ill-treated, and convicted of "subversion of State power" after a trial closed to the public. As far as I can see, they have been punished only for peacefully encouraging their fellow citizens to claim their rights. The UN High Commissioner for Human Rights and UN experts have repeatedly expressed serious concern about their cases.

I respectfully urge the authorities to release Xu Zhiyong and Ding Jiaxi immediately and unconditionally; until then, to guarantee them regular contact with their families, access to lawyers of their choice and adequate medical care; and to lift the travel bans imposed on the other participants of the gathering and on their relatives.

Thank you for conveying these concerns to your Government.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "disappeared",
      title: "Crackdown after the Xiamen gathering",
      body: "From 26 December 2019 and over the following weeks, participants in the Xiamen gathering were detained. Xu Zhiyong and Ding Jiaxi were placed under RSDL, cut off from their families and lawyers.",
      occurredOn: "2019-12-26",
    },
    {
      kind: "sentenced",
      title: "Sentenced to 14 and 12 years",
      body: "After a secret trial on charges of 'subversion of State power', Xu Zhiyong was sentenced to 14 years in prison and Ding Jiaxi to 12.",
      occurredOn: "2023-04-10",
    },
    {
      kind: "update",
      title: "Five years since the crackdown",
      body: "Five years on, both men remain in prison and most of the gathering's participants, and some of their relatives, are still barred from leaving China.",
      occurredOn: "2024-12-26",
    },
    {
      kind: "update",
      title: "34 organisations publish a joint statement",
      body: "Organisations from Asia, Europe and the Americas renewed their solidarity with China's persecuted lawyers and defenders and set out four demands to the Chinese government. Other organisations can now add their names here.",
      occurredOn: "2025-02-10",
    },
  ],
  activity: [
    ...activity("letter", [
      ["GB", 240, 30],
      ["US", 210],
      ["CA", 120],
      ["DE", 90],
      ["FR", 70],
      ["NL", 60],
      ["AU", 50],
      ["TW", 40],
    ]),
  ],
  publicItems: xiamenSignatories,
};

/* ========================================================================================== */
/* 5. Anar Mammadli                                                                            */
/* ========================================================================================== */

const anarMammadli: SeedCampaign = {
  slug: "free-anar-mammadli",
  title: "Free Azerbaijani election observer Anar Mammadli",
  summary:
    "Anar Mammadli, chair of the Election Monitoring and Democracy Studies Centre, has been detained since 29 April 2024. UN experts consider his detention arbitrary and fear it is a reprisal for his work with the UN.",
  ask: "Write to Azerbaijan's representatives asking for Anar Mammadli's release and for the European Court's 2018 judgment in his favour to be implemented.",
  story: `Anar Mammadli chairs the **Election Monitoring and Democracy Studies Centre (EMDS)**, one of Azerbaijan's best-known independent election observation groups. After EMDS flagged irregularities in the February 2024 presidential election, and after Mammadli spoke at events on the sidelines of the UN Human Rights Council, he was arrested on **29 April 2024**, as part of what UN experts describe as a widening clampdown on critics and independent observers.

On 28 June 2024 UN special rapporteurs wrote to the Azerbaijani authorities. They raised his apparently arbitrary detention, searches carried out without a warrant, limits on his access to a lawyer, his worsening health in custody and a smear campaign against him. The Government denied the allegations, said he was being investigated for smuggling and money laundering, and stated that he was receiving all necessary legal and medical care.

On 26 May 2025 the experts went public. They remain seriously concerned that he is being detained and prosecuted as punishment for defending human rights and for engaging with UN mechanisms, and they continue to monitor the case.

This is not the first time. Mammadli was jailed in 2013. In 2018 the European Court of Human Rights ruled that this imprisonment was unlawful and politically motivated, and ordered Azerbaijan to overturn the conviction and give him back his civil and political rights. According to the UN experts, this has not been done.`,
  status: "published",
  goal: 10000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "email"],
  featured: false,
  publishedOn: "2025-05-28",
  defenderSlugs: ["anar-mammadli"],
  consentOverride:
    "Public case: UN experts have raised his detention publicly, and the election monitoring organisation he chairs (EMDS) publishes its work openly. Consent cannot be recorded while he is detained; the campaign uses only published information.",
  targets: [
    { rule: "embassy", responsibleState: "AZ" },
    { rule: "fallback", responsibleState: "AZ", targetKey: "official-az" },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Anar Mammadli, detained since 29 April 2024",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing about Anar Mammadli, chair of the Election Monitoring and Democracy Studies Centre, who has been in detention since 29 April 2024. His arrest came shortly after his organisation reported irregularities in the February 2024 presidential election and after he spoke at events linked to the UN Human Rights Council.

UN special rapporteurs have raised concerns about warrantless searches, restricted access to his lawyer, his deteriorating health and a smear campaign against him, and they fear that the prosecution is punishment for his human rights work and his cooperation with the United Nations. Nobody should be punished for observing elections or for speaking to the UN.

I respectfully urge your Government to release Anar Mammadli and drop the charges against him; while he remains in custody, to guarantee him unhindered access to his lawyer and to the medical care he needs; and to implement in full the 2018 judgment of the European Court of Human Rights concerning his earlier imprisonment, including the restoration of his civil and political rights.

Thank you for your attention. I look forward to hearing that he has been released.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "letter",
      language: "fr",
      subject: "Anar Mammadli, détenu depuis le 29 avril 2024",
      body: `{date}

Excellence,

Je vous écris au sujet d'Anar Mammadli, président du Centre de surveillance électorale et d'études sur la démocratie (EMDS), détenu depuis le 29 avril 2024. Son arrestation est intervenue peu après que son organisation a signalé des irrégularités lors de l'élection présidentielle de février 2024, et après sa participation à des événements au Conseil des droits de l'homme des Nations unies.

Des rapporteurs spéciaux des Nations unies se sont inquiétés de perquisitions menées sans mandat, d'un accès restreint à son avocat, de la dégradation de son état de santé et d'une campagne de dénigrement visant sa personne. Ils craignent qu'il ne soit poursuivi en représailles à son travail en faveur des droits humains et à sa coopération avec l'ONU. Personne ne devrait être puni pour avoir observé des élections ou s'être adressé aux Nations unies.

Je demande respectueusement à votre gouvernement de libérer Anar Mammadli et d'abandonner les poursuites engagées contre lui ; d'ici là, de lui garantir un accès sans entrave à son avocat et aux soins dont il a besoin ; et d'exécuter pleinement l'arrêt rendu en 2018 par la Cour européenne des droits de l'homme au sujet de sa précédente incarcération, y compris le rétablissement de ses droits civils et politiques.

Je vous prie d'agréer, Excellence, l'expression de ma très haute considération.

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "email",
      language: "en",
      subject: "Please release Anar Mammadli",
      body: `Dear {target.honorific} {target.name},

Anar Mammadli, chair of the Election Monitoring and Democracy Studies Centre, has been detained since 29 April 2024. UN experts fear he is being punished for his human rights work and for engaging with the UN.

I respectfully ask your Government to release him and drop the charges, to guarantee his access to a lawyer and medical care while he is held, and to implement the European Court of Human Rights' 2018 judgment on his earlier imprisonment.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "update",
      title: "Arrested in Baku",
      body: "Anar Mammadli was detained a few months after EMDS reported irregularities in the February 2024 presidential election.",
      occurredOn: "2024-04-29",
    },
    {
      kind: "update",
      title: "UN experts write to the Government",
      body: "UN special rapporteurs raised his detention, searches without a warrant, limited access to a lawyer, his health and a smear campaign. The Government answered that he was being investigated for smuggling and money laundering.",
      occurredOn: "2024-06-28",
    },
    {
      kind: "update",
      title: "UN experts go public",
      body: "More than a year after his arrest, the experts publicly said they were alarmed by his continued detention and would keep watching for any link to reprisals for his work with the UN.",
      occurredOn: "2025-05-26",
    },
  ],
  activity: [
    ...activity("letter", [
      ["GB", 260, 40],
      ["DE", 180],
      ["FR", 140, 20],
      ["US", 120],
      ["NL", 60],
      ["CA", 40],
    ]),
    ...activity("email", [
      ["GB", 90],
      ["DE", 60],
      ["US", 50],
      ["NO", 25],
    ]),
  ],
};

/* ========================================================================================== */
/* 6. Mark Kuperman                                                                            */
/* ========================================================================================== */

const markKuperman: SeedCampaign = {
  slug: "drop-charges-against-mark-kuperman",
  title: "Drop the charges against 85-year-old defender Mark Kuperman",
  summary:
    "Mark Kuperman, who heads the Public Human Rights Center in Sakhalin and uses a wheelchair, is being prosecuted for 'public calls for terrorist activity' over a document about Russia's democratic future. UN experts say all charges should be dropped.",
  ask: "Write to Russia's representatives asking that all charges against Mark Kuperman be dropped and that his right to prepare a defence be respected.",
  story: `Mark Kuperman is 85 years old, has a first-degree disability and uses a wheelchair. He heads the **Public Human Rights Center** in the Sakhalin region and in 2022 received the human rights prize of the Moscow Helsinki Group. He is also known for opposing the war against Ukraine.

The Sakhalin Investigative Committee opened an "extremism" case against him on 4 April 2024. The investigation was closed in early December 2024, then unexpectedly reopened on **20 December 2024** with a far heavier charge: "public calls for terrorist activity" under article 205, part 2, of the Russian Criminal Code. The case rests on a draft text, written by a colleague, that discussed possible paths to democracy in Russia and how the West might support future democratic institutions. Kuperman is accused of sharing it with his team in January 2023.

The Yuzhno-Sakhalinsk City Court gave him only five working days to study the case file, making no allowance for his disability, weak eyesight, chronic pain, limited mobility or cognitive decline. On 24 January 2025 the investigator ended the review altogether, which stopped him from asking for the case to be dismissed for lack of evidence. The security services apparently placed listening devices in his flat, which he cannot leave, so he cannot speak to his lawyer in confidence.

In February 2025 several UN special rapporteurs denounced the prosecution. They said it punishes him for criticising the war, that rushing an elderly, disabled man to trial shows how the courts are used to silence dissent, and that every charge should be dropped.`,
  status: "published",
  goal: 10000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "email"],
  featured: false,
  publishedOn: "2025-02-17",
  defenderSlugs: ["mark-kuperman"],
  consentOverride:
    "Public case: UN Special Rapporteurs took up his prosecution publicly in February 2025, and his human rights prize from the Moscow Helsinki Group is a matter of public record. Consent not recorded; the campaign repeats only what the UN experts made public.",
  targets: [
    { rule: "embassy", responsibleState: "RU" },
    { rule: "fallback", responsibleState: "RU", targetKey: "ministry-ru" },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Mark Kuperman: drop all charges",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing to express my concern about the prosecution of Mark Kuperman, the 85-year-old head of the Public Human Rights Center in the Sakhalin region, who has a first-degree disability and uses a wheelchair.

Mr Kuperman faces a charge of "public calls for terrorist activity" under article 205, part 2, of the Criminal Code, based on a draft discussion paper about Russia's democratic development that he allegedly shared with colleagues. He was given only five working days to study his case file, with no accommodation for his disability or failing eyesight, and the review was then ended by the investigator. Reports that listening devices were placed in his home mean he cannot consult his lawyer in confidence.

UN special rapporteurs have said that the case punishes him for his views on the war and that all charges should be dropped. I share that view, and I respectfully urge your Government to ensure that the charges against Mark Kuperman are withdrawn, that he is not detained, and that until the case is closed he can prepare his defence with proper time, confidential access to his lawyer and the accommodations his health requires.

Thank you for conveying my concern to the competent authorities.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "letter",
      language: "de",
      subject: "Mark Kuperman: Anklage fallen lassen",
      body: `{date}

Exzellenz,

ich schreibe Ihnen, weil mich die Strafverfolgung von Mark Kuperman sehr beunruhigt. Herr Kuperman ist 85 Jahre alt, leitet das Öffentliche Menschenrechtszentrum in der Region Sachalin, hat eine Behinderung ersten Grades und ist auf einen Rollstuhl angewiesen.

Ihm wird nach Artikel 205 Absatz 2 des russischen Strafgesetzbuchs „öffentlicher Aufruf zu terroristischer Tätigkeit“ vorgeworfen, weil er einen Diskussionsentwurf über die demokratische Entwicklung Russlands an Kolleginnen und Kollegen weitergegeben haben soll. Für das Studium der Akten erhielt er nur fünf Arbeitstage, ohne jede Rücksicht auf seine Behinderung und sein schwaches Sehvermögen; anschließend beendete der Ermittler die Akteneinsicht. Berichten zufolge wurden in seiner Wohnung Abhörgeräte installiert, sodass er sich nicht vertraulich mit seinem Anwalt beraten kann.

Sonderberichterstatterinnen und Sonderberichterstatter der Vereinten Nationen haben gefordert, sämtliche Anklagepunkte fallen zu lassen. Ich schließe mich dieser Forderung an und bitte Ihre Regierung respektvoll, dafür zu sorgen, dass die Anklage gegen Mark Kuperman zurückgenommen wird, dass er nicht inhaftiert wird und dass er bis zum Abschluss des Verfahrens genügend Zeit, vertraulichen Zugang zu seinem Anwalt und die nötigen Vorkehrungen für seine Gesundheit erhält.

Ich danke Ihnen, dass Sie mein Anliegen an die zuständigen Behörden weiterleiten.

Hochachtungsvoll

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "email",
      language: "en",
      subject: "Please drop the charges against Mark Kuperman",
      body: `Dear {target.honorific} {target.name},

Mark Kuperman, the 85-year-old head of the Public Human Rights Center in Sakhalin, uses a wheelchair and faces "terrorism" charges over a discussion paper about Russia's democratic future. UN experts have called for all charges to be dropped.

I respectfully ask your Government to ensure that the charges are withdrawn, that he is not detained, and that in the meantime he has adequate time and confidential access to his lawyer to prepare his defence.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "update",
      title: "Criminal case opened",
      body: "The Sakhalin Investigative Committee opened an 'extremism' case against Mark Kuperman.",
      occurredOn: "2024-04-04",
    },
    {
      kind: "update",
      title: "Case reopened with a 'terrorism' charge",
      body: "Weeks after the investigation had closed, it was reopened and the charge raised to 'public calls for terrorist activity' under article 205, part 2, of the Criminal Code.",
      occurredOn: "2024-12-20",
    },
    {
      kind: "update",
      title: "Review of the case file cut short",
      body: "After a five-working-day limit set by the Yuzhno-Sakhalinsk City Court, the investigator ended Mark Kuperman's review of the file, preventing him from asking for the case to be dismissed.",
      occurredOn: "2025-01-24",
    },
    {
      kind: "update",
      title: "UN experts: drop all charges",
      body: "Several UN special rapporteurs denounced the prosecution of an elderly, disabled defender for his criticism of the war and called for every charge to be dropped.",
      occurredOn: "2025-02-17",
    },
  ],
  activity: [
    ...activity("letter", [
      ["DE", 200, 30],
      ["GB", 180],
      ["FR", 120],
      ["US", 110],
      ["NL", 50],
      ["FI", 30],
    ]),
    ...activity("email", [
      ["DE", 70],
      ["GB", 60],
      ["US", 40],
    ]),
  ],
};

/* ========================================================================================== */
/* 7. Baloch women human rights defenders (high risk)                                          */
/* ========================================================================================== */

const balochWomenDefenders: SeedCampaign = {
  slug: "protect-baloch-women-defenders",
  title: "Protect Baloch women human rights defenders",
  summary:
    "Beebow Baloch has been held under Pakistan's public-order law since 22 March 2025; her father and fellow defender Gulzadi Baloch were arrested in the days that followed. Sabiha Baloch faces reprisals for documenting abuses in Balochistan.",
  ask: "Write to Pakistan's representatives asking for the release of Beebow Baloch, her father and Gulzadi Baloch and an end to reprisals against Sabiha Baloch, and send the defenders a message of solidarity.",
  story: `**Dr Sabiha Baloch** belongs to the Baloch Yakjehti Committee (BYC), which speaks up for the rights of the Baloch people in Pakistan. She has campaigned peacefully against enforced disappearances, arbitrary arrests and extrajudicial killings in Balochistan, and she took part in the Baloch Long March and the Baloch National Gathering in 2024, both of which were met with violence and arrests. Her family has paid for her activism: her brother and another relative were abducted and held for several months before being freed. Since several BYC leaders were arrested in March 2025, she has kept documenting violations and demanding freedom for colleagues and protesters who have been detained.

**Beebow Baloch**, also a woman human rights defender, was arrested on 22 March 2025 and is held at Hudda District Prison under Section 3 of the Maintenance of Public Order (MPO) Act. On 5 April 2025 the authorities arrested her father; he is now held in the same prison under the same law.

On 7 April 2025 **Gulzadi Baloch** was arrested in Quetta, reportedly with excessive force. For several hours her family did not know where she had been taken. She too is held at Hudda under the MPO, which makes bail very difficult to obtain.

UN experts called in March 2025 for Baloch human rights defenders to be freed. Front Line Defenders is asking Pakistan to protect them from reprisals and to stop persecuting them for peaceful expression and dissent in the name of national security.

## Your safety and theirs

This campaign is marked **high risk**. Supporters' names are never shown, and every message is reviewed before it is shared. Please do not name the defenders' relatives or include details that could identify them.`,
  status: "published",
  goal: 15000,
  hashtags: [],
  highRisk: true,
  actionKinds: ["letter", "solidarity"],
  featured: true,
  publishedOn: "2025-04-10",
  defenderSlugs: ["sabiha-baloch", "beebow-baloch"],
  consentOverride:
    "Sabiha Baloch gave consent herself. Beebow Baloch’s detention was made public by Front Line Defenders, which campaigns for her; neither she nor her family can be reached safely. The campaign uses only that public information.",
  targets: [
    { rule: "embassy", responsibleState: "PK", actionKinds: ["letter"] },
    { rule: "fallback", responsibleState: "PK", targetKey: "ministry-pk", actionKinds: ["letter"] },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Baloch women human rights defenders",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing with concern about the treatment of Baloch women human rights defenders in Pakistan. Beebow Baloch has been detained at Hudda District Prison under Section 3 of the Maintenance of Public Order Act since 22 March 2025. Her father was arrested on 5 April 2025 and is held there under the same law, and Gulzadi Baloch was arrested in Quetta on 7 April 2025, reportedly with excessive force.

These women have campaigned peacefully against enforced disappearances, extrajudicial killings and arbitrary arrests. Dr Sabiha Baloch, who continues to document violations in Balochistan, has faced reprisals against her family. UN experts called in March 2025 for Baloch human rights defenders to be freed.

I respectfully urge your Government to release Beebow Baloch, her father and Gulzadi Baloch immediately and unconditionally; to stop using public-order and national security laws against people who are exercising their rights to free expression and peaceful assembly; and to ensure that Dr Sabiha Baloch and her family can continue their work without harassment or reprisals. While they remain in custody, they must have access to lawyers, their families and any medical care they need.

Thank you for your attention to these cases.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "solidarity_prompt",
      language: "en",
      body: `Write a short message of support to Sabiha, Beebow and Gulzadi Baloch.

- Tell them that people outside Pakistan know about their peaceful work and are thinking of them.
- Keep it personal and kind; avoid political statements.
- Do not name their relatives, and do not include your full name, address or anything else that identifies you. This campaign is high risk: names are never displayed.

Messages are reviewed by a moderator before they are shared.`,
    },
  ],
  updates: [
    {
      kind: "update",
      title: "Beebow Baloch detained under the MPO",
      body: "Beebow Baloch was arrested and taken to Hudda District Prison under Section 3 of the Maintenance of Public Order Act.",
      occurredOn: "2025-03-22",
    },
    {
      kind: "update",
      title: "Her father arrested",
      body: "The authorities arrested Beebow Baloch's father and detained him in the same prison under the same law.",
      occurredOn: "2025-04-05",
    },
    {
      kind: "update",
      title: "Gulzadi Baloch arrested in Quetta",
      body: "Another woman defender, Gulzadi Baloch, was arrested, reportedly with excessive force. Her whereabouts were unknown for several hours; she is now held at Hudda under the MPO.",
      occurredOn: "2025-04-07",
    },
  ],
  activity: [
    ...activity("letter", [
      ["GB", 320, 40],
      ["US", 180],
      ["CA", 150, 15],
      ["DE", 90],
      ["NL", 60],
      ["FR", 50],
      ["AU", 40],
    ]),
    ...activity("solidarity", [
      ["GB", 150],
      ["US", 90],
      ["CA", 70],
      ["DE", 40],
      ["NO", 30],
    ]),
  ],
  publicItems: [
    {
      kind: "solidarity",
      name: "Sara",
      country: "GB",
      message:
        "To Sabiha, Beebow and Gulzadi: your peaceful courage is known far beyond Balochistan. We are thinking of you every day.",
    },
    {
      kind: "solidarity",
      name: "Lotte",
      country: "NL",
      message: "Sending strength from the Netherlands. What you do for your community matters, and you are not alone.",
    },
    {
      kind: "solidarity",
      name: "Imran",
      country: "CA",
      message: "From Toronto: we hear you, we stand with you, and we will keep asking for your freedom.",
    },
  ],
};

/* ========================================================================================== */
/* 8. Khaled Drareni: Write for Rights 2020                                                    */
/* ========================================================================================== */

const khaledDrareni: SeedCampaign = {
  slug: "write-for-rights-khaled-drareni",
  title: "Write for Rights: free Algerian journalist Khaled Drareni",
  summary:
    "Khaled Drareni was jailed for his reporting on Algeria's Hirak protest movement. Supporters took over 360,000 actions for him during Amnesty International's Write for Rights 2020, and in February 2021 he left prison on provisional release.",
  ask: "Write to Algeria's representatives calling for Khaled Drareni's release, and send him a message of solidarity.",
  story: `Khaled Drareni is an Algerian journalist who covered the **Hirak**, the mass protest movement that began in 2019. He was imprisoned for that reporting: in August 2020 a court in Algiers sentenced him to three years in prison, reduced to two years on appeal in September 2020.

His case was one of those at the heart of Amnesty International's **Write for Rights 2020**. The annual letter-writing campaign goes back to Amnesty's beginnings in 1961, when its first members wrote to prisoners to support them and to governments to protest. Every year, supporters write letters, emails and cards to people in power and to the people whose rights are at stake.

Around the world, supporters took over **360,000 actions** for Khaled Drareni. In **February 2021** he left prison on provisional release.

This campaign is closed. The page is kept as a record of what supporters asked for and of the messages they sent him.`,
  status: "closed",
  goal: 20000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "solidarity"],
  featured: false,
  publishedOn: "2020-11-09",
  closedOn: "2021-02-19",
  defenderSlugs: ["khaled-drareni"],
  consentOverride:
    "Public case: featured in Amnesty International’s worldwide Write for Rights campaign before this one was written.",
  targets: [
    { rule: "embassy", responsibleState: "DZ", actionKinds: ["letter"] },
    { rule: "fallback", responsibleState: "DZ", targetKey: "official-dz", actionKinds: ["letter"] },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Release journalist Khaled Drareni",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing to ask for the release of Khaled Drareni, an Algerian journalist imprisoned because of his coverage of the Hirak protests.

Journalists who cover demonstrations are doing their job: informing the public about events that matter to everyone. Mr Drareni reported on the Hirak peacefully and openly. Imprisoning him for that sends a chilling message to every journalist in Algeria, and it is at odds with the freedom of expression and of the press that Algeria has undertaken to respect.

I respectfully urge the Algerian authorities to release Khaled Drareni immediately and unconditionally, to quash his conviction, and to ensure that journalists in Algeria can report on protests without fear of arrest or prosecution.

Thank you for your attention to this case.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "letter",
      language: "fr",
      subject: "Libérez le journaliste Khaled Drareni",
      body: `{date}

Excellence,

Je vous écris pour demander la libération de Khaled Drareni, journaliste algérien emprisonné en raison de sa couverture du mouvement de contestation du Hirak.

Un journaliste qui rend compte de manifestations fait son travail : informer le public d'événements qui concernent chacun. M. Drareni a couvert le Hirak de manière pacifique et transparente. L'emprisonner pour cela adresse un message inquiétant à tous les journalistes d'Algérie et va à l'encontre de la liberté d'expression et de la liberté de la presse que l'Algérie s'est engagée à respecter.

Je demande respectueusement aux autorités algériennes de libérer Khaled Drareni immédiatement et sans condition, d'annuler sa condamnation et de garantir que les journalistes puissent couvrir les manifestations sans craindre d'être arrêtés ou poursuivis.

Je vous prie d'agréer, Excellence, l'expression de ma très haute considération.

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "solidarity_prompt",
      language: "en",
      body: `Write a few words to Khaled Drareni. Tell him where you are writing from and why his reporting matters to you. A short, warm message is perfect; messages are read by a moderator before they are passed on.`,
    },
    {
      kind: "solidarity_prompt",
      language: "fr",
      body: `Écrivez quelques mots à Khaled Drareni. Dites-lui d'où vous écrivez et pourquoi son travail de journaliste compte pour vous. Un message court et chaleureux suffit ; chaque message est relu par un modérateur avant d'être transmis.`,
    },
  ],
  updates: [
    {
      kind: "sentenced",
      title: "Sentenced to three years",
      body: "A court in Algiers sentenced Khaled Drareni to three years in prison in connection with his coverage of the Hirak.",
      occurredOn: "2020-08-10",
    },
    {
      kind: "sentenced",
      title: "Two years on appeal",
      body: "On appeal, his sentence was reduced to two years in prison. He remained behind bars.",
      occurredOn: "2020-09-15",
    },
    {
      kind: "released",
      title: "Provisionally released",
      body: "Khaled Drareni walked out of prison on provisional release. Thank you to everyone who wrote for him. His release is provisional, not an acquittal.",
      occurredOn: "2021-02-19",
      setsDefenderStatus: "released",
    },
    {
      kind: "outcome",
      title: "More than 360,000 actions worldwide",
      body: "Amnesty International reported that supporters took over 360,000 actions for Khaled Drareni during Write for Rights 2020.",
      occurredOn: "2021-11-01",
    },
  ],
  activity: [
    ...activity("letter", [
      ["FR", 300, 50],
      ["GB", 200],
      ["CA", 150, 20],
      ["US", 120],
      ["DE", 90],
      ["BE", 60],
      ["CH", 40],
    ]),
    ...activity("solidarity", [
      ["FR", 160],
      ["GB", 90],
      ["CA", 70],
      ["US", 50],
      ["BE", 30],
    ]),
  ],
  publicItems: [
    {
      kind: "solidarity",
      name: "Nadia B.",
      country: "FR",
      language: "fr",
      message:
        "Khaled, depuis Marseille : merci d'avoir raconté le Hirak tel qu'il était. Votre place est dans une rédaction, pas en prison.",
    },
    {
      kind: "solidarity",
      name: "Julien R.",
      country: "CA",
      language: "fr",
      message: "De Montréal, toute notre solidarité. Le journalisme n'est pas un crime.",
    },
    {
      kind: "solidarity",
      name: "Hannah W.",
      country: "GB",
      message:
        "Khaled, your reporting helped the world see what was happening in Algeria. Thousands of us are writing for you from Bristol and beyond.",
    },
  ],
};

/* ========================================================================================== */
/* 9. Yu Wensheng (won)                                                                        */
/* ========================================================================================== */

const yuWensheng: SeedCampaign = {
  slug: "free-yu-wensheng",
  title: "Free human rights lawyer Yu Wensheng",
  summary:
    "Lawyer Yu Wensheng, 2021 Martin Ennals Award laureate, was jailed for four years for 'inciting subversion of State power'. He walked out of Nanjing Prison on 1 March 2022.",
  ask: "Write to China's representatives: Yu Wensheng must leave prison on time, free to rejoin his family in Beijing and to practise law.",
  story: `Yu Wensheng is one of China's best-known human rights lawyers. He took on sensitive cases others refused, joined lawsuits over air pollution and argued for constitutional government.

His licence to practise was revoked on **16 January 2018**. On the 19th, the day after he published an open letter urging constitutional reform, he was seized while taking his son to school and forcibly disappeared. He was tried in secret on 9 May 2019; his wife, **Xu Yan**, only learned in June 2020 that he had been sentenced to four years for "inciting subversion of State power". UN experts had already found his detention arbitrary in May 2019. In his rare meetings with a lawyer, he said he had been tortured and ill-treated, and that he may have lost some of the use of his right hand.

In 2021 he received the **Martin Ennals Award**. As his release date approached, ISHR and the Martin Ennals Foundation, joined by eight other organisations, warned that he could face a "non-release release": leaving prison only to be kept under de facto house arrest, as happened to other lawyers who had also been stripped of their political rights. They asked that he be allowed to go home to his family in Beijing on 1 March 2022, move and communicate freely and return to legal work, and that the harassment of his family end.

## Outcome

On **1 March 2022** Yu Wensheng was released from prison in Nanjing and boarded a train to Beijing, where Xu Yan was waiting for him. Thank you to everyone who wrote.`,
  status: "won",
  goal: 10000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "email"],
  featured: false,
  publishedOn: "2021-02-15",
  closedOn: "2022-03-01",
  defenderSlugs: ["yu-wensheng"],
  targets: [
    { rule: "embassy", responsibleState: "CN" },
    { rule: "fallback", responsibleState: "CN", targetKey: "ministry-cn" },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Yu Wensheng must be fully free",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing about the human rights lawyer Yu Wensheng, who is serving a four-year sentence for "inciting subversion of State power" and is due to complete it on 1 March 2022.

Mr Yu was detained in January 2018, days after his licence to practise was revoked, and was tried in secret in May 2019. UN experts found his detention arbitrary as early as 2019, and he has reported torture and ill-treatment in custody. His only offence, as far as I can tell, was his peaceful work as a lawyer and his call for constitutional reform.

I respectfully urge your Government to ensure that Yu Wensheng leaves prison on his release date and is able to return to his wife and son in Beijing; that he can move and communicate freely, without surveillance or restrictions amounting to house arrest; that he can resume his legal work; and that the harassment of his wife, Xu Yan, comes to an end.

Thank you for your attention to this case.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "email",
      language: "en",
      subject: "Yu Wensheng: let him go home on 1 March",
      body: `Dear {target.honorific} {target.name},

Human rights lawyer Yu Wensheng is due to complete his four-year sentence on 1 March 2022. I respectfully ask your Government to make sure that he is released on time and can rejoin his family in Beijing, move and communicate freely, resume his legal work, and that his wife, Xu Yan, is no longer harassed.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "disappeared",
      title: "Seized on the way to school",
      body: "Three days after losing his law licence, and the day after publishing an open letter urging constitutional reform, Yu Wensheng was taken away and forcibly disappeared.",
      occurredOn: "2018-01-19",
    },
    {
      kind: "hearing",
      title: "Tried in secret",
      body: "Yu Wensheng was put on trial behind closed doors. His family was not told.",
      occurredOn: "2019-05-09",
    },
    {
      kind: "sentenced",
      title: "Four-year sentence made known",
      body: "His wife, Xu Yan, learned that he had been sentenced to four years in prison for 'inciting subversion of State power'.",
      occurredOn: "2020-06-17",
    },
    {
      kind: "update",
      title: "Ten organisations: he must be fully free",
      body: "ISHR and the Martin Ennals Foundation, with eight other groups, warned against a 'non-release release' and asked that he be free to go home to Beijing on 1 March.",
      occurredOn: "2022-02-17",
    },
    {
      kind: "released",
      title: "Released from Nanjing Prison",
      body: "Yu Wensheng left prison at the end of his sentence and took a train to Beijing, where his wife was waiting. Thank you to everyone who wrote for him.",
      occurredOn: "2022-03-01",
      setsDefenderStatus: "released",
    },
  ],
  activity: [
    ...activity("letter", [
      ["GB", 200, 25],
      ["US", 180],
      ["CH", 90],
      ["DE", 80],
      ["FR", 70],
      ["CA", 60],
    ]),
    ...activity("email", [
      ["US", 90],
      ["GB", 70],
      ["NL", 30],
    ]),
  ],
};

/* ========================================================================================== */
/* 10. Lee Ming-che (won)                                                                      */
/* ========================================================================================== */

const leeMingChe: SeedCampaign = {
  slug: "bring-lee-ming-che-home",
  title: "Bring Lee Ming-che home to Taiwan",
  summary:
    "Taiwanese NGO worker Lee Ming-che was detained in China in 2017 and jailed for five years for 'subversion of state power'. He returned to Taiwan in April 2022 and credited international support for his safe return.",
  ask: "Write to China's representatives asking for Lee Ming-che's release and his safe return to Taiwan.",
  story: `Lee Ming-che is a Taiwanese human rights activist and non-profit worker. He gave online talks about Taiwan's path to democracy, and he helped run a fund, set up by friends, for the families of political prisoners in China. He also bought books for friends on the mainland. In his own view this was humanitarian care, not interference in China's affairs.

In **2017** he was detained by the Chinese authorities and accused of subversion of state power. His case was the first time a non-profit worker had faced criminal prosecution in China under the tighter regime for foreign NGOs introduced by a 2016 law, and it showed that Beijing was prepared to prosecute Taiwanese people for political activism, whatever the cost to cross-Strait relations. He was sentenced to five years.

Throughout those five years his wife, **Lee Ching-yu**, worked with non-profit organisations in Taiwan and abroad to keep his case in the public eye, at a time when many families of Taiwanese detained in China chose to stay silent in the hope of a quiet release.

## Outcome

Lee Ming-che was released in April 2022 and returned to Taiwan. At his first public appearance, on **10 May 2022**, he thanked the many people who had defended his safety and said he had never felt abandoned. His wife said international support can make a concrete difference to how a political prisoner in China is treated. Another Taiwanese man, Lee Meng-chu, was still held in China at the time.`,
  status: "won",
  goal: 10000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "email"],
  featured: false,
  publishedOn: "2017-03-29",
  closedOn: "2022-04-15",
  defenderSlugs: ["lee-ming-che"],
  targets: [
    { rule: "embassy", responsibleState: "CN" },
    { rule: "fallback", responsibleState: "CN", targetKey: "ministry-cn" },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Release Lee Ming-che",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing about Lee Ming-che, a Taiwanese non-profit worker who has been detained in China since 2017 and convicted of "subversion of state power".

Mr Lee's activities, as reported, consisted of giving online talks about Taiwan's democratic development and helping to support the families of political prisoners. These are peaceful, humanitarian activities. Prosecuting him for them is deeply troubling, and it sends a message of fear to everyone engaged in civil society work across the Strait.

I respectfully urge your Government to release Lee Ming-che and allow him to return safely to his family in Taiwan without delay. Until then, I ask that he be treated humanely, be allowed regular visits from his wife and access to a lawyer of his choosing, and receive any medical care he needs.

Thank you for your attention to this case.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "email",
      language: "en",
      subject: "Please release Lee Ming-che",
      body: `Dear {target.honorific} {target.name},

Lee Ming-che, a Taiwanese non-profit worker, has been held in China since 2017 for peaceful activities: talks on Taiwan's democracy and support for political prisoners' families. I respectfully ask your Government to release him and let him return home to Taiwan, and meanwhile to allow him family visits, a lawyer of his choice and medical care.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "disappeared",
      title: "Missing after entering mainland China",
      body: "Lee Ming-che went missing after crossing into mainland China. The authorities later confirmed he was being held.",
      occurredOn: "2017-03-19",
    },
    {
      kind: "hearing",
      title: "On trial for subversion",
      body: "Lee Ming-che was tried on a charge of subversion of state power.",
      occurredOn: "2017-09-11",
    },
    {
      kind: "sentenced",
      title: "Sentenced to five years",
      body: "The court sentenced Lee Ming-che to five years in prison.",
      occurredOn: "2017-11-28",
    },
    {
      kind: "released",
      title: "Home in Taiwan",
      body: "Having served his five-year sentence, Lee Ming-che was released and returned to Taiwan.",
      occurredOn: "2022-04-15",
      setsDefenderStatus: "released",
    },
    {
      kind: "outcome",
      title: "\"I never felt abandoned\"",
      body: "At his first press conference since his return, Lee Ming-che thanked everyone who had stood up for him and said international pressure and his wife's advocacy had helped secure his safe return.",
      occurredOn: "2022-05-10",
    },
  ],
  activity: [
    ...activity("letter", [
      ["TW", 300, 40],
      ["US", 150],
      ["GB", 100],
      ["DE", 60],
      ["CA", 50],
      ["JP", 40],
    ]),
    ...activity("email", [
      ["TW", 120],
      ["US", 60],
      ["AU", 20],
    ]),
  ],
};

/* ========================================================================================== */
/* 11. Patrick Zaki (won)                                                                      */
/* ========================================================================================== */

const patrickZaki: SeedCampaign = {
  slug: "free-patrick-zaki",
  title: "Free Patrick Zaki",
  summary:
    "Egyptian researcher Patrick Zaki, a student at the University of Bologna, was detained when he returned to Cairo in February 2020. After a campaign that spread across Italy, a court ordered his provisional release and he walked free on 8 December 2021.",
  ask: "Write to Egypt's representatives asking for Patrick Zaki's release and for the charges against him to be dropped.",
  story: `Patrick Zaki is a researcher with the **Egyptian Initiative for Personal Rights (EIPR)**. He was studying at the University of Bologna in Italy when, in **February 2020**, he was detained on arriving back in Cairo. Human Rights Watch said he was physically tortured in the days after his arrest. He was accused of "calling for protests without permission", "spreading false news" and "inciting violence and terrorism".

Zaki had campaigned for the truth about the killing of the Italian student Giulio Regeni in Egypt in 2016, and his arrest set off a wave of solidarity in Italy. Politicians and activists feared he could be tortured as Regeni had been; Regeni's family spoke up for him. In April 2021 the Italian Senate approved a motion urging the government to grant him Italian citizenship, and more than 50 Italian cities made him an honorary citizen through an initiative known as "100 Cities with Patrick".

## Outcome

On **7 December 2021**, Egypt's Emergency State Security Misdemeanour Court ruled that he should be provisionally released, and he walked free the next day. It was a victory, but not the end: he had not been acquitted, and his trial was due to resume on 1 February 2022.`,
  status: "won",
  goal: 20000,
  hashtags: [],
  highRisk: false,
  actionKinds: ["letter", "email"],
  featured: false,
  publishedOn: "2020-02-12",
  closedOn: "2021-12-08",
  defenderSlugs: ["patrick-zaki"],
  consentOverride:
    "Public case: documented by the Egyptian Initiative for Personal Rights (EIPR) and by a public solidarity campaign in Italy.",
  targets: [
    { rule: "embassy", responsibleState: "EG" },
    { rule: "fallback", responsibleState: "EG", targetKey: "ministry-eg" },
  ],
  templates: [
    {
      kind: "letter",
      language: "en",
      subject: "Release Patrick Zaki",
      body: `{date}

{target.honorific} {target.name}
{target.title}

Dear {target.honorific} {target.name},

I am writing about Patrick Zaki, a researcher with the Egyptian Initiative for Personal Rights and a student at the University of Bologna, who has been detained since he returned to Cairo in February 2020.

Mr Zaki faces charges including "spreading false news" and "calling for protests without permission", which appear to relate solely to his peaceful human rights work and his opinions. There have been serious allegations that he was tortured in the days following his arrest, and his prolonged detention has caused great distress to his family and to his many friends in Egypt and Italy.

I respectfully urge your Government to release Patrick Zaki immediately, to drop all charges against him, and to investigate the allegations of torture. Until he is released, he must be protected from ill-treatment and have regular access to his family, his lawyers and adequate medical care.

Thank you for your attention to this case.

Yours sincerely,

{supporter.name}
{supporter.city}, {supporter.country}`,
    },
    {
      kind: "email",
      language: "en",
      subject: "Please release Patrick Zaki",
      body: `Dear {target.honorific} {target.name},

Patrick Zaki, a researcher with the Egyptian Initiative for Personal Rights and a student in Bologna, has been held since February 2020 on charges that appear to stem only from his peaceful work. I respectfully ask your Government to release him, drop the charges, and investigate the reports that he was tortured after his arrest.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "update",
      title: "Detained on arrival in Cairo",
      body: "Patrick Zaki was detained on returning to Egypt from his studies in Bologna. Human Rights Watch later said he was tortured in the days after his arrest.",
      occurredOn: "2020-02-07",
    },
    {
      kind: "update",
      title: "Italian Senate backs citizenship",
      body: "The Italian Senate approved a motion urging the government to grant Patrick Zaki Italian citizenship. More than 50 Italian cities have made him an honorary citizen.",
      occurredOn: "2021-04-14",
    },
    {
      kind: "hearing",
      title: "Court orders provisional release",
      body: "At the latest session of his trial, the Emergency State Security Misdemeanour Court ruled that he could be released provisionally.",
      occurredOn: "2021-12-07",
    },
    {
      kind: "released",
      title: "Patrick Zaki walks free",
      body: "Patrick Zaki left detention and was reunited with his family. He has not been acquitted: the charges stand and his trial is set to resume on 1 February 2022. Thank you to everyone who acted.",
      occurredOn: "2021-12-08",
      setsDefenderStatus: "released",
    },
  ],
  activity: [
    ...activity("letter", [
      ["IT", 500, 80],
      ["GB", 120],
      ["FR", 90],
      ["DE", 70],
      ["US", 60],
    ]),
    ...activity("email", [
      ["IT", 200],
      ["GB", 40],
      ["ES", 30],
    ]),
  ],
};

/* ========================================================================================== */
/* 12. #StandWithThe6 (closed)                                                                 */
/* ========================================================================================== */

const standWithThe6: SeedCampaign = {
  slug: "stand-with-the-6",
  title: "#StandWithThe6: defend Palestinian civil society",
  summary:
    "In 2021 Israel designated six Palestinian civil society organisations as 'terrorist'. Their joint campaign asked supporters to email the US Secretary of State and the EU's foreign policy chief, urging them to press for the designation to be reversed.",
  ask: "Email Antony Blinken and Josep Borrell and ask them to take decisive action so that Israel reverses the designation.",
  story: `In October 2021 the Israeli government designated six Palestinian civil society organisations as "terrorist" organisations. Despite international condemnation, the designation was maintained. The organisations describe it as the latest in a series of attacks aimed at shrinking civic space, cutting their funding and criminalising their staff, and they report that their phones were hacked with spyware.

On **14 December 2021** the six organisations and their partners launched a joint website, PalCivilSociety.com, as the hub of their **#StandWithThe6** campaign. Its first action asked supporters to email **Antony Blinken**, then US Secretary of State, and **Josep Borrell**, then High Representative of the European Union for Foreign Affairs and Security Policy, urging them to act decisively so that the designation would be reversed.

## Status

Both officials have since left office, and this action is closed.`,
  status: "closed",
  goal: 5000,
  hashtags: ["#StandWithThe6"],
  highRisk: false,
  actionKinds: ["email"],
  featured: false,
  publishedOn: "2021-12-14",
  closedOn: "2025-01-20",
  defenderSlugs: [],
  targets: [
    { rule: "fixed", targetKey: "official-us-secstate" },
    { rule: "fixed", targetKey: "official-eu-hrvp" },
  ],
  templates: [
    {
      kind: "email",
      language: "en",
      subject: "Act to reverse the designation of six Palestinian civil society organisations",
      body: `Dear {target.honorific} {target.name},

I am writing to ask you to act on behalf of six Palestinian civil society organisations that the Israeli government has designated as "terrorist" organisations.

These organisations work to document and defend human rights. The designation threatens their staff with prosecution, cuts them off from funding and sends a message to all human rights defenders that their work can be criminalised. The organisations also report that their phones were hacked with spyware.

I urge you, as {target.title}, to take decisive action, publicly and in your dealings with the Israeli government, so that the designation is reversed and the six organisations can continue their work without harassment.

Yours sincerely,
{supporter.name}
{supporter.city}, {supporter.country}`,
    },
  ],
  updates: [
    {
      kind: "update",
      title: "Joint website launched",
      body: "The six organisations and their partners launched PalCivilSociety.com, starting with emails to the US Secretary of State and the EU High Representative.",
      occurredOn: "2021-12-14",
    },
    {
      kind: "update",
      title: "Action closed",
      body: "Josep Borrell's mandate ended on 30 November 2024 and Antony Blinken's on 20 January 2025. With both officials out of office, this action is closed.",
      occurredOn: "2025-01-20",
    },
  ],
  activity: activity("email", [
    ["US", 140],
    ["GB", 70],
    ["IE", 50],
    ["BE", 40],
    ["FR", 40],
    ["DE", 30],
    ["CA", 30],
  ]),
};

/* ========================================================================================== */
/* 13. Stanislav Markelov and Anastasia Baburova: 19 January                                   */
/* ========================================================================================== */

const markelovBaburova: SeedCampaign = {
  slug: "remember-markelov-and-baburova",
  title: "19 January: remember Stanislav Markelov and Anastasia Baburova",
  summary:
    "Human rights lawyer Stanislav Markelov and journalist Anastasia Baburova were killed in the centre of Moscow on 19 January 2009. Leave a message of remembrance before the anniversary.",
  ask: "Write a short message in memory of Stanislav Markelov and Anastasia Baburova. Approved messages are published on this page for 19 January.",
  story: `On **19 January 2009** an ultranationalist, Nikita Tikhonov, opened fire on human rights lawyer **Stanislav Markelov** and journalist **Anastasia Baburova** in the centre of Moscow. Markelov was killed on the spot. Baburova, a journalist and activist from Sevastopol who covered his cases, died a few hours afterwards.

Markelov defended people whom few others would. He represented residents of Blagoveshchensk beaten by riot police, the families of anti-fascists killed by neo-Nazis, and the families of people tortured and killed by a police officer in Khanty-Mansiysk. In Chechnya he acted for the relatives of Elza Kungayeva, killed by Russian soldiers in the second Chechen war, and earned the confidence of local rights defenders in deeply hostile conditions. Earlier he had defended workers of the Vyborg paper mill who faced prosecution after taking over their factory. He saw social and economic justice as part of human rights, not something separate from them.

Every year since, on 19 January, people in Russia and Ukraine have marched in memory of Markelov, Baburova and others killed by neo-Nazi violence, often bringing together groups that rarely share a street.

Leave a few words of remembrance. Messages approved by our moderators are published here ahead of the anniversary.`,
  status: "published",
  goal: 1000,
  deadline: "2027-01-19",
  hashtags: [],
  highRisk: false,
  actionKinds: ["solidarity"],
  featured: false,
  publishedOn: "2026-11-16",
  defenderSlugs: ["stanislav-markelov"],
  consentOverride:
    "Remembrance of a lawyer killed in 2009, whose memory many groups mark publicly every 19 January. The campaign speaks for no relative and repeats only the public record of his life and of the trials.",
  targets: [],
  templates: [
    {
      kind: "solidarity_prompt",
      language: "en",
      body: `Write a short message in memory of Stanislav Markelov and Anastasia Baburova: what their work means to you, or why you remember them. Please keep it respectful; messages are reviewed before they are published.`,
    },
  ],
  updates: [
    {
      kind: "update",
      title: "Killed in Moscow",
      body: "Both were shot in the centre of Moscow. Markelov was killed on the spot; Baburova died hours later.",
      occurredOn: "2009-01-19",
    },
    {
      kind: "update",
      title: "His writings published in English",
      body: "openDemocracy published, for the first time in English, a selection of Markelov's writing and interviews, ahead of that year's 19 January commemorations.",
      occurredOn: "2020-01-18",
    },
  ],
  activity: activity("solidarity", [
    ["DE", 60],
    ["GB", 50],
    ["FR", 40],
    ["UA", 40],
    ["FI", 30],
    ["US", 30],
    ["NL", 20],
  ]),
  publicItems: [
    {
      kind: "solidarity",
      name: "Katrin S.",
      country: "DE",
      language: "de",
      message:
        "In Erinnerung an Stanislav Markelov und Anastasia Baburova. Ihr Mut, für die Schwächsten einzustehen, bleibt ein Vorbild.",
    },
    {
      kind: "solidarity",
      name: "Olena P.",
      country: "UA",
      message: "We remember you every 19 January. Thank you for standing with those nobody else would defend.",
    },
    {
      kind: "solidarity",
      name: "David L.",
      country: "GB",
      message: "A lawyer and a journalist who refused to look away. Remembered, with gratitude, from Glasgow.",
    },
  ],
};

export const campaigns: SeedCampaign[] = [
  dongGuangping,
  changWeiping,
  endReprisals,
  endReprisalsPetition,
  xuZhiyongDingJiaxi,
  anarMammadli,
  markKuperman,
  balochWomenDefenders,
  khaledDrareni,
  yuWensheng,
  leeMingChe,
  patrickZaki,
  standWithThe6,
  markelovBaburova,
];
