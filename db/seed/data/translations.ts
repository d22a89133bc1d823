import type { SeedCampaign, SeedDefender } from "../types";

/*
 * Demo versions in other languages (campaign_translations, defender_translations,
 * campaign_update_translations): Dong Guangping's campaign and profile in French,
 * Chang Weiping's in simplified Chinese. Facts (names, dates, places, charges,
 * hashtags) come from the same public reporting as the originals; every sentence
 * is written afresh in its language, in our own words. The other languages are
 * left untranslated on purpose, so the demo shows the "not yet translated" note.
 */

type CampaignVersion = NonNullable<SeedCampaign["translations"]>[number];
type DefenderVersion = NonNullable<SeedDefender["translations"]>[number];

export const dongGuangpingCampaignFr: CampaignVersion = {
  locale: "fr",
  title: "Pour que Dong Guangping retrouve sa famille au Canada",
  summary:
    "Le défenseur chinois des droits humains Dong Guangping a été arrêté par la police vietnamienne le 24 août 2022. Depuis, plus aucune nouvelle. Sa femme et sa fille, installées à Toronto, redoutent qu’il ait été remis à la Chine.",
  ask: "Écrivez, envoyez un courriel ou téléphonez aux ambassadeurs de Chine et du Viet Nam : demandez-leur d’indiquer où se trouve Dong Guangping, de laisser des représentants du Canada le rencontrer et de lui permettre de rejoindre sa famille au Canada.",
  story: `Dong Guangping a déjà connu trois fois la prison en Chine. À chaque fois, il payait son engagement pacifique pour les droits humains et son refus de se taire face aux abus.

En 2015, il vivait en Thaïlande avec sa femme et sa fille. Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) venait de lui reconnaître le statut de réfugié, et le Canada avait accepté de l’accueillir. Mais avant son départ, la police thaïlandaise l’a livré aux autorités chinoises. De retour en Chine, il a été condamné à trois ans et demi d’emprisonnement.

Libéré en 2019, il n’avait qu’un souhait : rejoindre les siens, partis entre-temps vivre à Toronto. Pékin lui refusant tout passeport, aucune voie légale ne lui permettait de quitter le pays. Une première tentative, à la nage vers une île proche contrôlée par Taïwan, a échoué. En janvier 2020, il est passé clandestinement au Viet Nam, où il a vécu caché pendant 31 mois, avec le soutien du gouvernement canadien, dans l’espoir d’obtenir l’autorisation de partir pour le Canada.

Le **24 août 2022**, la police vietnamienne l’a arrêté. Depuis ce jour, sa famille ignore tout de son sort : ni le lieu où il est détenu, ni son état de santé. Elle craint qu’il ait été renvoyé en Chine, où il risquerait fort d’être de nouveau emprisonné.

## Ce que nous demandons

Nous demandons aux ambassadeurs de Chine et du Viet Nam :

- de faire savoir où se trouve aujourd’hui Dong Guangping et de garantir sa sécurité ;
- de permettre à des représentants du Canada de lui rendre visite ;
- de le laisser partir sans plus attendre pour le Canada, afin qu’il retrouve sa femme et sa fille.

Au Canada, écrivez aux deux ambassadeurs à Ottawa. Ailleurs, adressez-vous à l’ambassade de Chine ou du Viet Nam dans votre pays, ou à défaut au ministère des Affaires étrangères.`,
  updates: [
    {
      title: "Arrêté au Viet Nam, puis le silence",
      body: "Après 31 mois passés dans la clandestinité au Viet Nam, Dong Guangping a été arrêté par la police vietnamienne. Les autorités n’ont rien dit à sa famille du lieu où il est détenu.",
    },
    {
      title: "Appel aux ambassadeurs de Chine et du Viet Nam",
      body: "Trois mois plus tard, toujours aucune nouvelle. Nous invitons chacune et chacun à écrire, à envoyer un courriel ou à téléphoner aux deux ambassadeurs à Ottawa, ou aux ambassades de leur propre pays, pour demander où il se trouve.",
    },
  ],
};

export const dongGuangpingDefenderFr: DefenderVersion = {
  locale: "fr",
  profession: "Défenseur des droits humains",
  summary:
    "Défenseur chinois des droits humains, emprisonné trois fois en Chine pour son militantisme. Arrêté par la police vietnamienne le 24 août 2022 alors qu’il cherchait à rejoindre sa famille au Canada, il n’a plus donné de nouvelles depuis.",
  story: [
    "Dong Guangping est un défenseur chinois des droits humains. Son action pacifique lui a valu trois peines de prison en Chine. Sa femme et sa fille vivent à Toronto, et il tente depuis des années de les rejoindre au Canada.",
    "En 2015, alors qu’il vivait en Thaïlande avec sa famille, le HCR l’a reconnu comme réfugié et le Canada a accepté de le réinstaller. Avant qu’il ait pu partir, la police thaïlandaise l’a remis aux autorités chinoises, et il a été condamné en Chine à trois ans et demi de prison.",
    "Après sa libération en 2019, les autorités chinoises lui ont refusé un passeport : il n’avait aucun moyen légal de quitter le pays. Il a d’abord essayé de gagner à la nage une île sous contrôle taïwanais, sans succès, puis, en janvier 2020, il est entré clandestinement au Viet Nam. Il y est resté caché 31 mois, tandis que le gouvernement canadien appuyait ses démarches pour venir au Canada.",
    "Le **24 août 2022**, la police vietnamienne l’a arrêté. Rien n’a été rendu public depuis sur son sort ni sur le lieu où il se trouve. Sa famille craint qu’il ait été renvoyé en Chine, où il risquerait d’être de nouveau emprisonné pour son engagement.",
    "**Ce que demandent les militants :**\n- que les autorités révèlent où il se trouve et laissent des représentants du Canada lui rendre visite ;\n- qu’il puisse partir rapidement pour le Canada et y retrouver sa femme et sa fille.",
  ].join("\n\n"),
};

export const changWeipingCampaignZh: CampaignVersion = {
  locale: "zh",
  title: "声援常玮平的家人：#RepealRSDL 废除指定居所监视居住",
  summary: "人权律师常玮平于2020年10月22日被秘密羁押。请给他的妻子陈紫娟寄一张声援明信片，并呼吁中国废除“指定居所监视居住”。",
  ask: "给陈紫娟写一张声援明信片，并转发推文，呼吁中国 #RepealRSDL（废除指定居所监视居住）。",
  story: `常玮平是一名中国人权律师。许多人不敢接的案子，他接了下来：在中国 #MeToo 运动中举报性骚扰的当事人，因性取向或感染艾滋病病毒而遭受歧视的人，以及因言论或宗教信仰而受到打压的人。

2019年12月，他与其他维权人士聚会。一个月后，即2020年1月，他第一次被处以**指定居所监视居住**（RSDL）。2020年10月，他公开了一段视频，讲述自己在那次羁押期间遭受的酷刑。十天之后，**2020年10月22日**，警方以涉嫌“煽动颠覆国家政权”为由，再次对他实施指定居所监视居住。联合国专家已呼吁释放他，但他被关押在何处至今没有公开。

## 什么是指定居所监视居住

自2012年起，中国《刑事诉讼法》第74至79条允许警方在其选定的地点关押一个人长达六个月，且无需告知任何人地点。被羁押者无法与家人联系，也无法会见自己委托的律师；许多人讲述了为逼取口供而遭受酷刑的审讯。联合国专家认为，指定居所监视居住是一种强迫失踪。据估计，以这种方式被关押过的人可能多达57,000人。

国际人权服务社（ISHR）、保护卫士（Safeguard Defenders）、The Rights Practice 和 The 29 Principles 正携手敦促中国 **#RepealRSDL**，为曾被如此关押的人讨回真相与公道，并促请各国政府和联合国在与北京的每一次对话中提出这一问题。

## 一张明信片为什么重要

对于被强迫失踪的人，以及一直追问其下落的家人来说，知道有人在关心他们至关重要。请给常玮平的妻子陈紫娟写几句话。经审核的留言会显示在下方的留言墙上；您也可以在网上分享，并加上 #StandWithDefenders #RepealRSDL 话题标签，标注 @ISHRglobal。`,
  updates: [
    {
      title: "第二次被秘密羁押",
      body: "常玮平公开视频讲述第一次指定居所监视居住期间遭受的酷刑，十天后再次被带走，罪名是涉嫌“煽动颠覆国家政权”。",
    },
    {
      title: "一年过去，仍无消息",
      body: "他被带走已满一年，家人仍不知道他被关押在哪里。从今天起，支持者可以通过本页给他的妻子陈紫娟寄送明信片。",
    },
    {
      title: "人权组织加强 #RepealRSDL 运动",
      body: "国际人权服务社、保护卫士、The Rights Practice 和 The 29 Principles 发布了倡议工具包，并敦促各国政府在与中国的每一次人权对话中提出指定居所监视居住问题。",
    },
  ],
};

export const changWeipingDefenderZh: DefenderVersion = {
  locale: "zh",
  profession: "人权律师",
  summary: "中国人权律师，曾代理 #MeToo 当事人和遭受歧视者的案件。2020年10月22日被处以指定居所监视居住，关押地点至今未公开。",
  story: [
    "常玮平是一名中国人权律师。他代理过许多敏感案件：为中国 #MeToo 运动中遭受性骚扰的当事人辩护，为因性取向或艾滋病病毒感染状况而受歧视的人维权，也为因言论或宗教信仰而受到打压的人发声。",
    "2020年1月，在与其他维权人士聚会一个月后，他第一次被处以**指定居所监视居住**（RSDL）。同年10月，他发布视频，讲述自己在那次羁押中遭受的酷刑。十天后，即**2020年10月22日**，警方以涉嫌“煽动颠覆国家政权”为由再次对他实施指定居所监视居住。",
    "指定居所监视居住规定于中国《刑事诉讼法》第74至79条，允许警方在不公开的地点关押一个人长达六个月，使其与家人和律师隔绝。联合国专家认为这是一种强迫失踪，并已公开呼吁释放他。他的关押地点至今未公开。",
    "他的妻子**陈紫娟**一直是声援行动的中心。由国际人权服务社、保护卫士、The Rights Practice 和 The 29 Principles 发起的 #RepealRSDL 运动邀请支持者给她寄去声援的话语，并呼吁各国政府敦促中国废除指定居所监视居住。",
  ].join("\n\n"),
};
