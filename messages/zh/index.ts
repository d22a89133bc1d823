// One file per namespace, so features can add text without touching each other's files.
// Add a namespace: create messages/en/<Name>.json and list it here.
import Metadata from "./Metadata.json";
import Layout from "./Layout.json";
import Enums from "./Enums.json";
import Common from "./Common.json";
import Home from "./Home.json";
import Campaigns from "./Campaigns.json";
import Campaign from "./Campaign.json";
import Defenders from "./Defenders.json";
import Defender from "./Defender.json";
import NotFound from "./NotFound.json";
import Error from "./Error.json";
import Actions from "./Actions.json";
import Validation from "./Validation.json";
import Email from "./Email.json";
import DevMail from "./DevMail.json";
import Share from "./Share.json";
import CampaignStats from "./CampaignStats.json";
import Organise from "./Organise.json";
import SupporterActions from "./SupporterActions.json";
import CampaignUpdates from "./CampaignUpdates.json";
import Analytics from "./Analytics.json";
import Account from "./Account.json";
import Targets from "./Targets.json";
import Templates from "./Templates.json";
import Delivery from "./Delivery.json";
import Channels from "./Channels.json";
import OrganiserRequest from "./OrganiserRequest.json";
import Admin from "./Admin.json";
import AdminModeration from "./AdminModeration.json";
import AdminAbuse from "./AdminAbuse.json";
import AdminUsers from "./AdminUsers.json";
import AdminAudit from "./AdminAudit.json";
import Abuse from "./Abuse.json";
import Overload from "./Overload.json";
import LetterParagraphs from "./LetterParagraphs.json";
import ActionKinds from "./ActionKinds.json";
import Feeds from "./Feeds.json";
import Privacy from "./Privacy.json";
import Accessibility from "./Accessibility.json";
import ChannelHealth from "./ChannelHealth.json";
import Embed from "./Embed.json";
import Partners from "./Partners.json";

const messages = { Partners, Embed, Privacy, Accessibility, ChannelHealth, ActionKinds, Feeds, LetterParagraphs, Overload, Abuse, Admin, AdminModeration, AdminAbuse, AdminUsers, AdminAudit, OrganiserRequest, Metadata, Layout, Enums, Common, Home, Campaigns, Campaign, Defenders, Defender, NotFound, Error, Actions, Validation, Email, DevMail, Share, CampaignStats, SupporterActions, CampaignUpdates, Analytics, Account, Targets, Templates, Delivery, Organise, Channels };

export default messages;
export type Messages = typeof messages;
