import type { SeedDefender } from "../types";
import { changWeipingDefenderZh, dongGuangpingDefenderFr } from "./translations";

/**
 * Demo defender profiles. Facts come from public reporting on these cases (see the README's "Demo data");
 * every summary, story and event text is written in our own words.
 * Where a source gives only a month (or, exceptionally, only a year), the date is the
 * 1st of that period and the text says "In <month/year>".
 */
export const defenders: SeedDefender[] = [
  {
    slug: "dong-guangping",
    name: "Dong Guangping",
    nameNative: "董广平",
    country: "CN",
    profession: "Human rights defender",
    status: "disappeared",
    summary:
      "Chinese human rights defender imprisoned three times in China for his activism. Arrested by police in Viet Nam on 24 August 2022 while trying to join his family in Canada; nothing has been heard of him since.",
    story: [
      "Dong Guangping is a Chinese human rights defender who has served three prison terms in China because of his peaceful activism. His wife and daughter live in Toronto, and for years he has been trying to join them in Canada.",
      "In 2015, while he was living in Thailand with his family, the UN refugee agency (UNHCR) recognised him as a refugee and Canada accepted him for resettlement. Before he could leave, Thai police handed him over to the Chinese authorities. Back in China, he was sentenced to three and a half years in prison.",
      "After his release in 2019, the Chinese authorities would not give him a passport, so there was no lawful way for him to leave. He tried to escape by swimming to an island under Taiwan’s control but did not succeed, and in January 2020 he crossed into Viet Nam in secret. He spent 31 months in hiding there, with the Canadian government supporting his efforts to travel on to Canada.",
      "On **24 August 2022**, Vietnamese police arrested him. No information about his fate or whereabouts has been made public since. His family fears he has been sent back to China, where he would face a serious risk of being jailed again for his human rights work.",
      "**What campaigners ask:**\n- that the authorities disclose where he is and allow Canadian officials to see him;\n- that he be free to leave promptly for Canada and rejoin his wife and daughter.",
    ].join("\n\n"),
    consentStatus: "given_by_family",
    consentNote:
      "Public case; the appeal centres on reuniting him with his wife and daughter in Toronto, whose fears for him are cited in public reporting.",
    sourceLocale: "en",
    translations: [dongGuangpingDefenderFr],
    events: [
      {
        occurredOn: "2015-12-08",
        kind: "statement",
        text: "Human rights monitors reported that Thailand had returned him to China despite his recognised refugee status, and disputed Thai claims not to have known about it.",
        sourceUrl:
          "https://humanrightsdefenders.blog/2015/12/08/thailand-returns-recognized-refugees-to-china-and-falsely-claims-they-did-not-know-about-their-status/",
      },
      {
        occurredOn: "2020-01-01",
        kind: "other",
        text: "In January 2020, having been denied a passport, he crossed the border into Viet Nam in secret and went into hiding.",
      },
      {
        occurredOn: "2022-08-24",
        kind: "arrest",
        text: "Vietnamese police arrested him after 31 months in hiding, and no word of his fate or whereabouts has been given since.",
      },
      {
        occurredOn: "2022-11-23",
        kind: "statement",
        text: "A public appeal urged the ambassadors of China and Viet Nam in Canada to reveal where he is held and to let him join his family in Toronto.",
      },
    ],
  },
  {
    slug: "chang-weiping",
    name: "Chang Weiping",
    nameNative: "常玮平",
    country: "CN",
    profession: "Human rights lawyer",
    status: "disappeared",
    summary:
      "Chinese human rights lawyer who represented #MeToo survivors and people facing discrimination. Taken into secret detention under RSDL on 22 October 2020; where he is held has not been disclosed.",
    story: [
      "Chang Weiping is a human rights lawyer in China. He has taken on sensitive cases, representing survivors of sexual harassment during China’s #MeToo movement, people discriminated against because of their sexual orientation or HIV status, and people targeted for speaking freely or practising their religion.",
      "In January 2020, a month after he had met with fellow activists, he was held for the first time under **Residential Surveillance at a Designated Location (RSDL)**. In October 2020 he published a video describing the torture he said he had suffered during that detention. Ten days later, on **22 October 2020**, police took him into RSDL again, this time on suspicion of “inciting subversion of state power”.",
      "RSDL, provided for in articles 74 to 79 of China’s Criminal Procedure Law, allows police to hold a person for up to six months in an undisclosed place, cut off from family and lawyers. UN experts consider it a form of enforced disappearance, and they have publicly called for his release. His place of detention has not been disclosed.",
      "His wife, **Chen Zijuan**, has been at the centre of solidarity actions for him. The #RepealRSDL campaign, run by ISHR, Safeguard Defenders, The Rights Practice and The 29 Principles, invites supporters to send her messages of support and asks governments to press China to abolish RSDL.",
    ].join("\n\n"),
    consentStatus: "given_by_family",
    consentNote:
      "Public case; the #RepealRSDL campaign openly invites solidarity messages to his wife, Chen Zijuan, per public reporting.",
    sourceLocale: "en",
    translations: [changWeipingDefenderZh],
    events: [
      {
        occurredOn: "2019-12-01",
        kind: "other",
        text: "In December 2019, he attended a meeting with other activists.",
      },
      {
        occurredOn: "2020-01-01",
        kind: "arrest",
        text: "In January 2020, he was detained under RSDL for the first time.",
      },
      {
        occurredOn: "2020-10-01",
        kind: "statement",
        text: "In October 2020, he published a video describing torture he said he had endured during his first period under RSDL.",
      },
      {
        occurredOn: "2020-10-22",
        kind: "disappearance",
        text: "Police placed him under RSDL a second time, on suspicion of “inciting subversion of state power”, without disclosing where he was held.",
      },
      {
        occurredOn: "2022-02-05",
        kind: "statement",
        text: "The #RepealRSDL campaign invited supporters to send postcards of solidarity to his wife, Chen Zijuan.",
        sourceUrl: "https://ishr.ch/action/campaigns/call-on-china-to-free-defenders-and-repealrsdl/",
      },
    ],
  },
  {
    slug: "xu-zhiyong",
    name: "Xu Zhiyong",
    nameNative: "许志永",
    country: "CN",
    profession: "Legal scholar",
    status: "detained",
    summary:
      "Chinese legal scholar and a leading figure of the New Citizens’ Movement. Detained after the December 2019 “Xiamen gathering”, he was sentenced in April 2023 to 14 years in prison for “subversion of state power”.",
    story: [
      "Xu Zhiyong is a legal scholar and one of the leading figures of the **New Citizens’ Movement**, which encouraged people in China to act as citizens with rights and to push back against corruption, the gap between rich and poor, and unequal access to schooling. In 2014 he was sentenced to four years in prison on a charge of “gathering a crowd to disturb public order” for his part in the movement.",
      "In December 2019, some twenty rights defenders and lawyers met privately in Xiamen to talk about the state of rights and civil society in their country. From 26 December 2019, the authorities moved against the participants: every one of them still in China was questioned, harassed, detained or imprisoned, and almost all, along with some relatives and friends, were placed under travel bans that remain in force.",
      "In the weeks that followed, Xu was forcibly disappeared under **Residential Surveillance at a Designated Location (RSDL)**, where, according to human rights organisations, he was tortured and ill-treated. He was then charged with “subversion of state power”, tried in secret, and in April 2023 sentenced to **14 years** in prison. Fellow defender Ding Jiaxi received 12 years in the same case.",
      "The UN High Commissioner for Human Rights and UN experts have repeatedly raised his case, including as recently as November 2024. In February 2025, 34 civil society organisations marked five years since the crackdown by calling for his immediate and unconditional release.",
    ].join("\n\n"),
    consentStatus: "unknown",
    events: [
      {
        occurredOn: "2019-12-01",
        kind: "other",
        text: "In December 2019, he joined some twenty rights defenders and lawyers at a private meeting in Xiamen on the state of rights and civil society in the country.",
      },
      {
        occurredOn: "2019-12-26",
        kind: "other",
        text: "The authorities began a crackdown on the gathering’s participants, and over the following weeks he was forcibly disappeared under RSDL.",
      },
      {
        occurredOn: "2023-04-01",
        kind: "sentence",
        text: "In April 2023, after a secret trial, he was convicted of “subversion of state power” and sentenced to 14 years in prison.",
      },
      {
        occurredOn: "2024-11-01",
        kind: "statement",
        text: "In November 2024, UN human rights experts again called on China to address the violations in his case.",
      },
      {
        occurredOn: "2025-02-10",
        kind: "statement",
        text: "On the fifth anniversary of the crackdown, 34 civil society organisations jointly called for his immediate and unconditional release.",
        sourceUrl:
          "https://ishr.ch/latest-updates/joint-civil-society-statement-on-the-fifth-anniversary-of-the-xiamen-gathering-crackdown",
      },
    ],
  },
  {
    slug: "ding-jiaxi",
    name: "Ding Jiaxi",
    nameNative: "丁家喜",
    country: "CN",
    profession: "Human rights lawyer",
    status: "detained",
    summary:
      "Chinese human rights lawyer and a leading figure of the New Citizens’ Movement. Detained after the December 2019 “Xiamen gathering”, he was sentenced in April 2023 to 12 years in prison for “subversion of state power”.",
    story: [
      "Ding Jiaxi is a human rights lawyer and, with legal scholar Xu Zhiyong, one of the leading figures of the **New Citizens’ Movement**, which encouraged people in China to act as citizens with rights and to challenge corruption, wealth inequality and unequal access to education. In 2014 he was sentenced to three and a half years in prison on a charge of “gathering a crowd to disturb public order” for his role in the movement.",
      "In December 2019 he was one of some twenty lawyers and rights defenders who met privately in Xiamen to talk about rights and civil society in their country. From 26 December 2019, the authorities targeted everyone at the gathering who had not left the country, with questioning, harassment, detention and prison, and placed almost all of them, and some of their relatives and friends, under travel bans.",
      "Ding was forcibly disappeared under **Residential Surveillance at a Designated Location (RSDL)** as the crackdown unfolded, and human rights organisations report that he was tortured and ill-treated there. He was later charged with “subversion of state power”, tried in secret, and in April 2023 sentenced to **12 years** in prison.",
      "UN experts and the UN High Commissioner for Human Rights have repeatedly called on China to address his case, including as recently as November 2024. In February 2025, 34 civil society organisations renewed the call for his immediate and unconditional release.",
    ].join("\n\n"),
    consentStatus: "unknown",
    events: [
      {
        occurredOn: "2019-12-01",
        kind: "other",
        text: "In December 2019, he took part in a private meeting in Xiamen of lawyers and rights defenders.",
      },
      {
        occurredOn: "2019-12-26",
        kind: "other",
        text: "The authorities launched a crackdown on the gathering’s participants, during which he was forcibly disappeared under RSDL.",
      },
      {
        occurredOn: "2023-04-01",
        kind: "sentence",
        text: "In April 2023, following a secret trial, he was convicted of “subversion of state power” and sentenced to 12 years in prison.",
      },
      {
        occurredOn: "2024-11-01",
        kind: "statement",
        text: "In November 2024, UN human rights experts once more urged China to address the violations in his case.",
      },
      {
        occurredOn: "2025-02-10",
        kind: "statement",
        text: "Marking five years since the crackdown, 34 civil society organisations jointly called for his immediate and unconditional release.",
        sourceUrl:
          "https://ishr.ch/latest-updates/joint-civil-society-statement-on-the-fifth-anniversary-of-the-xiamen-gathering-crackdown",
      },
    ],
  },
  {
    slug: "yu-wensheng",
    name: "Yu Wensheng",
    nameNative: "余文生",
    country: "CN",
    profession: "Human rights lawyer",
    status: "released",
    summary:
      "Chinese human rights lawyer and 2021 Martin Ennals Award laureate. Detained in January 2018 and sentenced to four years for “inciting subversion of state power”, he was released from Nanjing Prison on 1 March 2022.",
    story: [
      "Yu Wensheng is among the most prominent human rights lawyers in the country, known for taking on many sensitive cases, joining litigation over air pollution and speaking up for constitutional government.",
      "On 16 January 2018 the authorities revoked his licence to practise law. Two days later he published an open letter urging constitutional reform, and on 19 January he was detained while taking his son to school and forcibly disappeared. He was tried in secret on 9 May 2019 for “inciting subversion of state power”; his wife, **Xu Yan**, was only told in June 2020 that he had been sentenced to four years in prison.",
      "By May 2019, UN experts had already found his detention arbitrary and called for his release. In the few meetings he was allowed with his lawyer, he said he had been tortured and ill-treated, which may have cost him some of the movement in his right hand. In 2021 he received the **Martin Ennals Award** for human rights defenders.",
      "Before his sentence ended, ten human rights organisations, among them ISHR and the Martin Ennals Foundation, jointly urged China to let him return freely to his family in Beijing, warned against a “non-release release” under de facto house arrest, and asked for an end to the harassment of Xu Yan, who had campaigned for him throughout.",
      "On **1 March 2022**, after 50 months in detention, he was released from Nanjing Prison and took a train to Beijing, where Xu Yan was waiting for him.",
    ].join("\n\n"),
    consentStatus: "given_by_family",
    consentNote:
      "Public case; his wife, Xu Yan, advocated openly for his release, including on social media, per public reporting.",
    events: [
      {
        occurredOn: "2018-01-16",
        kind: "other",
        text: "The authorities revoked his licence to practise law.",
      },
      {
        occurredOn: "2018-01-19",
        kind: "disappearance",
        text: "A day after he issued an open letter urging constitutional reform, police detained him on the way to his son’s school and he was forcibly disappeared.",
      },
      {
        occurredOn: "2019-05-09",
        kind: "trial",
        text: "He was tried in secret on a charge of “inciting subversion of state power”.",
      },
      {
        occurredOn: "2020-06-01",
        kind: "sentence",
        text: "In June 2020, his wife Xu Yan learned that he had been sentenced to four years in prison.",
      },
      {
        occurredOn: "2021-02-11",
        kind: "award",
        text: "He was announced as the 2021 Martin Ennals Award laureate.",
        sourceUrl:
          "https://humanrightsdefenders.blog/2021/02/11/breaking-news-yu-wensheng-chinese-human-rights-lawyer-is-martin-ennals-laureate-2021/",
      },
      {
        occurredOn: "2022-02-17",
        kind: "statement",
        text: "Ten organisations, including ISHR and the Martin Ennals Foundation, jointly called on China to let him leave prison on 1 March and rejoin his family freely.",
        sourceUrl: "https://ishr.ch/wp-content/uploads/2022/02/Joint-NGO-statement-on-YWS_English-1.pdf",
      },
      {
        occurredOn: "2022-03-01",
        kind: "release",
        text: "He was released from Nanjing Prison at the end of his sentence and travelled by train to join his wife in Beijing.",
      },
    ],
  },
  {
    slug: "lee-ming-che",
    name: "Lee Ming-che",
    nameNative: "李明哲",
    country: "TW",
    profession: "NGO worker and human rights activist",
    status: "released",
    summary:
      "Taiwanese NGO worker and human rights activist who spent five years in prison in China for “subversion of state power”. Now home in Taiwan, he credits international pressure and his wife’s advocacy for his safe return.",
    story: [
      "Lee Ming-che is a Taiwanese non-profit worker and human rights activist. He gave online talks about Taiwan’s democratisation and helped manage a fund, set up by friends, for the families of political prisoners in China. He also paid for books to send to friends in China, describing what he did as simple humanitarian care rather than interference in China’s affairs.",
      "In 2017, Chinese authorities detained him and charged him with **subversion of state power**. It was the first time China had criminally prosecuted a non-profit worker since a 2016 law tightened control over foreign non-governmental organisations, and it showed that Beijing was prepared to prosecute people from Taiwan for their activism, whatever the cost to cross-Strait relations.",
      "Throughout the five years he spent in prison, his wife, **Lee Ching-yu**, worked with Taiwanese civil society groups to keep his case in the public eye. Many families of Taiwanese people held in China choose to stay quiet in the hope of securing a release; she chose to speak out.",
      "After serving his sentence he returned to Taiwan. At a press conference on 10 May 2022, his first public appearance since his release, he thanked the many people who had stood up for his safety and said he had never felt abandoned or alone. He and his wife both said the international campaign had made a real difference to how he was treated.",
    ].join("\n\n"),
    consentStatus: "given",
    consentNote:
      "Public case; Lee Ming-che spoke publicly about the international campaign after his release, and his wife Lee Ching-yu campaigned openly, per public reporting.",
    events: [
      {
        occurredOn: "2017-01-01",
        kind: "arrest",
        text: "In 2017, Chinese authorities detained him and charged him with subversion of state power.",
      },
      {
        occurredOn: "2019-01-04",
        kind: "statement",
        text: "Human rights commentators cited his case as an example of China’s willingness to detain people at will and called for a stronger international response.",
        sourceUrl:
          "https://humanrightsdefenders.blog/2019/01/04/china-and-its-willingness-to-detain-anyone-anytime-should-generate-more-reaction/",
      },
      {
        occurredOn: "2022-05-10",
        kind: "statement",
        text: "Back in Taiwan after serving a five-year sentence, he gave his first press conference since his release and credited international pressure and his wife’s advocacy.",
        sourceUrl:
          "https://buffalonews.com/news/national/govt-and-politics/taiwan-activist-released-from-china-says-global-help-worked/article_159bb09e-b8f7-53fb-a959-2f96714c4e24.html",
      },
    ],
  },
  {
    slug: "patrick-zaki",
    name: "Patrick Zaki",
    nameNative: "باتريك زكي",
    country: "EG",
    profession: "Human rights researcher",
    status: "released",
    summary:
      "Egyptian researcher with the Egyptian Initiative for Personal Rights, detained in February 2020 on returning from his studies in Italy. Freed on 8 December 2021 after a wide international campaign, though not acquitted.",
    story: [
      "Patrick Zaki is a human rights researcher with the **Egyptian Initiative for Personal Rights (EIPR)**. He was studying at the University of Bologna in Italy, and had campaigned for a full account of how the Italian student Giulio Regeni was killed in Egypt in 2016.",
      "In February 2020 he was taken into custody when he returned to Cairo. Human Rights Watch said he was physically tortured in the days after his arrest. The charges against him included “calling for protests without permission”, “spreading false news” and “inciting violence and terrorism”.",
      "His detention led to a broad solidarity campaign in Italy. In April 2021 the Italian Senate voted for a proposal urging the government to grant him citizenship, and more than 50 Italian cities made him an honorary citizen through the “100 Cities with Patrick” campaign. Giulio Regeni’s family also voiced their support for him.",
      "On 7 December 2021, the Emergency State Security Misdemeanour Court ruled that he could be released provisionally, and he walked free the next day. He was not acquitted: when he was released, his trial was scheduled to resume on 1 February 2022.",
    ].join("\n\n"),
    consentStatus: "unknown",
    consentNote:
      "Widely publicised case, supported by EIPR and a solidarity campaign in Italy; no direct consent recorded.",
    events: [
      {
        occurredOn: "2020-02-01",
        kind: "arrest",
        text: "In February 2020, he was detained on arriving in Cairo from his studies in Bologna.",
      },
      {
        occurredOn: "2021-04-01",
        kind: "other",
        text: "In April 2021, the Italian Senate voted for a proposal urging the government to grant him Italian citizenship.",
      },
      {
        occurredOn: "2021-12-07",
        kind: "trial",
        text: "At a hearing, the Emergency State Security Misdemeanour Court adjourned his trial and ordered his provisional release.",
      },
      {
        occurredOn: "2021-12-08",
        kind: "release",
        text: "He was freed from detention, with the charges against him still pending.",
        sourceUrl: "https://www.middleeasteye.net/news/egypt-patrick-zaki-released-italy-solidarity-regeni",
      },
    ],
  },
  {
    slug: "anar-mammadli",
    name: "Anar Mammadli",
    country: "AZ",
    profession: "Election monitor, chair of the Election Monitoring and Democracy Studies Centre",
    status: "detained",
    summary:
      "Azerbaijani election observer who chairs the Election Monitoring and Democracy Studies Centre. Detained since 29 April 2024, after his organisation reported irregularities in the February 2024 presidential election.",
    story: [
      "Anar Mammadli chairs the **Election Monitoring and Democracy Studies Centre (EMDS)**, an independent election observation organisation in Azerbaijan. He has also taken part in UN Human Rights Council events.",
      "This is not the first time he has been targeted. He was imprisoned in 2013, and in 2018 the European Court of Human Rights ruled that imprisonment unlawful and politically motivated, requiring Azerbaijan to quash his conviction and restore his civil and political rights. Those remedies have reportedly never been put into effect.",
      "He was arrested on **29 April 2024**, during a widening crackdown on critics and independent election monitors, shortly after EMDS reported irregularities in the February 2024 presidential election. UN experts have raised concerns about his alleged arbitrary detention, searches carried out without a warrant, restricted access to his lawyer, his worsening health in detention and a smear campaign against him.",
      "The Azerbaijani government rejects these concerns. It says he is being investigated for smuggling and money laundering and has received all the legal rights and medical care he needs. UN experts have warned that his detention may be punishment for his rights work and for cooperating with UN mechanisms, and are continuing to follow his case.",
    ].join("\n\n"),
    consentStatus: "unknown",
    events: [
      {
        occurredOn: "2024-02-01",
        kind: "statement",
        text: "In February 2024, EMDS reported irregularities in Azerbaijan’s presidential election.",
      },
      {
        occurredOn: "2024-04-29",
        kind: "arrest",
        text: "He was arrested during a crackdown on critics and independent election monitors.",
      },
      {
        occurredOn: "2024-06-28",
        kind: "statement",
        text: "UN experts wrote to the Azerbaijani authorities about his alleged arbitrary detention, limited access to a lawyer and deteriorating health.",
      },
      {
        occurredOn: "2025-05-26",
        kind: "statement",
        text: "UN experts publicly voiced grave concern at his continued detention and its possible link to his engagement with the UN.",
        sourceUrl:
          "https://www.ohchr.org/en/press-releases/2025/05/azerbaijan-un-experts-alarmed-year-long-arbitrary-detention-azerbaijani",
      },
    ],
  },
  {
    slug: "mark-kuperman",
    name: "Mark Kuperman",
    nameNative: "Марк Куперман",
    country: "RU",
    profession: "Human rights defender, head of the Public Human Rights Center in Sakhalin region",
    status: "on_trial",
    summary:
      "Head of the Public Human Rights Center in Russia’s Sakhalin region. An older defender with a severe disability, he is being prosecuted on “terrorism” charges that UN experts link to his anti-war views.",
    story: [
      "Mark Kuperman is a well-known human rights defender who heads the **Public Human Rights Center** in Russia’s Sakhalin region. In 2022 he received the Moscow Helsinki Group’s human rights prize. He was 85 when UN experts took up his case in February 2025; he has a first-degree disability, uses a wheelchair and cannot leave his flat because of his impairment.",
      "The Sakhalin Investigative Committee opened a criminal case against him for “extremism” on 4 April 2024. The investigation was completed in early December 2024, but on 20 December it was unexpectedly reopened and the charge was raised to “public calls for terrorist activity”. The case rests on a draft paper that a colleague sent him, and that he is accused of circulating among his staff in January 2023, exploring how democracy might develop in Russia and how the West could support future democratic institutions.",
      "The Yuzhno-Sakhalinsk City Court gave him just five working days to read the case file, with no adjustments for his disability or his health conditions, including weak eyesight and chronic pain. On 24 January 2025 the investigator cut the review short, leaving him unable to prepare his defence properly. The security services also reportedly installed listening devices in his home, making confidential contact with his lawyer impossible.",
      "UN Special Rapporteurs have condemned the prosecution as punishment for his opposition to Russia’s war in Ukraine, warned that the proceedings, and above all any detention, could put his life at risk, and called for all charges to be dropped.",
    ].join("\n\n"),
    consentStatus: "unknown",
    events: [
      {
        occurredOn: "2024-04-04",
        kind: "charge",
        text: "The Sakhalin Investigative Committee opened a criminal case against him on “extremism” charges.",
      },
      {
        occurredOn: "2024-12-01",
        kind: "other",
        text: "In early December 2024, investigators completed their inquiry into the case.",
      },
      {
        occurredOn: "2024-12-20",
        kind: "charge",
        text: "The case was unexpectedly reopened and the charge escalated to “public calls for terrorist activity”.",
      },
      {
        occurredOn: "2025-01-24",
        kind: "other",
        text: "The investigator ended his review of the case file early, hampering the preparation of his defence.",
      },
      {
        occurredOn: "2025-02-01",
        kind: "statement",
        text: "In February 2025, UN Special Rapporteurs condemned his prosecution and called on Russia to drop all charges immediately.",
        sourceUrl:
          "https://www.ohchr.org/en/press-releases/2025/02/russia-must-immediately-drop-charges-against-85-year-old-human-rights",
      },
    ],
  },
  {
    slug: "sabiha-baloch",
    name: "Sabiha Baloch",
    country: "PK",
    profession: "Woman human rights defender, Baloch Yakjehti Committee",
    status: "harassed",
    summary:
      "Pakistani woman human rights defender active in the Baloch Yakjehti Committee. She campaigns against enforced disappearances and extrajudicial killings and faces reprisals, including against her family.",
    story: [
      "Dr Sabiha Baloch belongs to the **Baloch Yakjehti Committee (BYC)**, a network that speaks up for the rights of Baloch people in Pakistan, and is a prominent woman human rights defender. She has played a central role in peaceful campaigns in Balochistan against enforced disappearances, arbitrary arrests and killings outside the law.",
      "In 2024 she joined two major mobilisations, the Baloch National Gathering and the Baloch Long March; the State responded to both with violence and arrests.",
      "Her work has brought reprisals on her family. Her brother and another relative were abducted and held for several months before being released.",
      "Since March 2025, when several leading BYC members and other defenders were arrested, she has continued to document violations and to call for detained colleagues and protesters to be freed. Front Line Defenders has warned that she herself is at risk of imminent arrest and further reprisals.",
    ].join("\n\n"),
    consentStatus: "given",
    consentNote:
      "Public figure who campaigns openly with the Baloch Yakjehti Committee; her case is published by Front Line Defenders.",
    events: [
      {
        occurredOn: "2025-03-01",
        kind: "statement",
        text: "In March 2025, after several BYC leaders were arrested, she kept documenting violations and pressing for detained colleagues and protesters to be freed.",
      },
      {
        occurredOn: "2025-03-01",
        kind: "statement",
        text: "In March 2025, UN experts called on Pakistan to release detained Baloch human rights defenders.",
        sourceUrl:
          "https://www.ohchr.org/en/press-releases/2025/03/pakistan-un-experts-demand-release-baloch-human-rights-defenders-and-end",
      },
      {
        occurredOn: "2025-04-10",
        kind: "statement",
        text: "Front Line Defenders warned that she faced a risk of imminent arrest and reprisals because of her human rights work.",
        sourceUrl:
          "https://www.frontlinedefenders.org/en/case/baloch-woman-human-rights-defender-sabiha-baloch-facing-risk-imminent-arrest-and-reprisals",
      },
    ],
  },
  {
    slug: "beebow-baloch",
    name: "Beebow Baloch",
    country: "PK",
    profession: "Woman human rights defender",
    status: "detained",
    summary:
      "Baloch woman human rights defender held at Hudda District Prison in Balochistan since 22 March 2025 under Pakistan’s public-order law. Her father was arrested in April 2025 and is detained at the same prison.",
    story: [
      "Beebow Baloch, a woman human rights defender from Balochistan in Pakistan, is one of several Baloch women defenders detained in 2025 during a wider crackdown on the Baloch rights movement.",
      "She was arrested on **22 March 2025** and has since been held at Hudda District Prison under Section 3 of the **Maintenance of Public Order (MPO)** law, which makes bail very hard to obtain.",
      "On 5 April 2025, the authorities also arrested her father. He is being held in that prison too, under the same provision. Two days later, another Baloch woman defender, Gulzadi Baloch, was arrested in Quetta, reportedly with excessive force, and taken to the same prison.",
      "Front Line Defenders has called on Pakistan to protect Baloch human rights defenders from reprisals and to stop persecuting them for peaceful expression and dissent in the name of national security.",
    ].join("\n\n"),
    consentStatus: "unknown",
    events: [
      {
        occurredOn: "2025-03-22",
        kind: "arrest",
        text: "She was arrested and detained at Hudda District Prison under Section 3 of the Maintenance of Public Order law.",
      },
      {
        occurredOn: "2025-04-05",
        kind: "other",
        text: "The authorities arrested her father, who was then detained in that prison too, under the same law.",
        sourceUrl: "https://www.frontlinedefenders.org/en/case/father-baloch-woman-human-rights-defender-beebow-baloch-arrested",
      },
      {
        occurredOn: "2025-04-10",
        kind: "statement",
        text: "Front Line Defenders urged Pakistan to end its persecution of Baloch human rights defenders and protect them from reprisals.",
      },
    ],
  },
  {
    slug: "khaled-drareni",
    name: "Khaled Drareni",
    nameNative: "خالد درارني",
    country: "DZ",
    profession: "Journalist",
    status: "released",
    summary:
      "Algerian journalist jailed over his coverage of the Hirak protests. Supporters took more than 360,000 actions for him in Amnesty’s Write for Rights 2020, and he won provisional release in February 2021.",
    story: [
      "Khaled Drareni is an Algerian journalist. He was imprisoned because of his reporting on the **Hirak**, the mass protest movement in Algeria.",
      "His case was one of those featured in Amnesty International’s **Write for Rights** 2020, the annual letter-writing campaign in which people around the world write to the authorities on behalf of people at risk and send messages of support. Supporters took **more than 360,000 actions** for him.",
      "In February 2021 he was provisionally released. When Amnesty launched the following year’s campaign, it pointed to his release as one of the outcomes of the collective effort.",
    ].join("\n\n"),
    consentStatus: "unknown",
    consentNote: "Featured in Amnesty International’s public Write for Rights campaign; no direct consent recorded.",
    events: [
      {
        occurredOn: "2020-11-09",
        kind: "other",
        text: "Amnesty International’s Write for Rights 2020 campaign got under way, with his case among those featured.",
        sourceUrl:
          "https://humanrightsdefenders.blog/2020/11/09/amnesty-internationals-write-for-rights-campaign-2020-launched/",
      },
      {
        occurredOn: "2021-02-01",
        kind: "release",
        text: "In February 2021, he was granted provisional release from prison.",
      },
      {
        occurredOn: "2021-11-01",
        kind: "statement",
        text: "Launching Write for Rights 2021, Amnesty reported that supporters had taken more than 360,000 actions for him during the previous campaign.",
        sourceUrl:
          "https://www.amnesty.org.uk/press-releases/worlds-biggest-letter-writing-campaign-launches-help-10-people-around-world-facing",
      },
    ],
  },
  {
    slug: "stanislav-markelov",
    name: "Stanislav Markelov",
    nameNative: "Станислав Маркелов",
    country: "RU",
    profession: "Human rights lawyer",
    status: "killed",
    summary:
      "Russian human rights lawyer who defended victims of police abuse, anti-fascists and families in Chechnya. Shot dead in Moscow on 19 January 2009 with journalist Anastasia Baburova; he is remembered every 19 January.",
    story: [
      "Stanislav Markelov was a Moscow human rights lawyer who described himself as a left social democrat. He became politically active as a law student in the early 1990s: during the violent “October days” of 1993 he served in a volunteer medical unit that helped the wounded in central Moscow, and he went on to take part in student trade-union activism and environmental protest camps.",
      "As a lawyer he insisted that human rights work must also cover social and economic rights, for example by defending workers at the Vyborg Paper Factory who faced riot charges after taking over their plant. He increasingly represented people harmed by law enforcement and by neo-Nazi violence: residents of Blagoveshchensk beaten by riot police, families of anti-fascists murdered on the streets, and a journalist badly beaten for opposing a highway through a forest near Moscow. In the North Caucasus he acted for the relatives of **Elza Kungayeva**, killed by Russian troops in the second war in Chechnya.",
      "On **19 January 2009**, Markelov and **Anastasia Baburova**, a journalist and activist from Sevastopol who had been reporting on his work, were shot in central Moscow. He died at the scene and she died several hours later. The investigations and trials that followed identified the gunman as Nikita Tikhonov, a Russian ultranationalist from the group BORN (Combat Organisation of Russian Nationalists), which carried out a series of politically motivated killings.",
      "Every 19 January, people march in memory of Markelov, Baburova and others killed by neo-Nazi violence. The day brings together human rights activists, anti-racism campaigners, independent trade unionists, LGBT+ groups, leftists and liberals, who rarely take to the streets side by side.",
    ].join("\n\n"),
    consentStatus: "unknown",
    consentNote: "Killed in 2009; commemorated publicly every 19 January. No family consent recorded.",
    events: [
      {
        occurredOn: "1993-10-01",
        kind: "other",
        text: "In October 1993, aged 19, he served in a volunteer medical unit helping the wounded during the clashes in central Moscow.",
      },
      {
        occurredOn: "2009-01-19",
        kind: "death",
        text: "He was shot dead in central Moscow together with journalist Anastasia Baburova, who died of her wounds hours later.",
      },
      {
        occurredOn: "2012-01-19",
        kind: "other",
        text: "People rallied in Moscow on the anniversary of the killings, as they do every 19 January.",
      },
      {
        occurredOn: "2020-01-18",
        kind: "statement",
        text: "openDemocracy published a retrospective on his legacy, with a selection of his writings and interviews translated into English for the first time.",
        sourceUrl: "https://www.opendemocracy.net/en/odr/remember-fight-legacy-russian-activist-lawyer-stanislav-markelov/",
      },
    ],
  },
];
