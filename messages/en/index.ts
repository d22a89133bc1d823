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

const messages = { Metadata, Layout, Enums, Common, Home, Campaigns, Campaign, Defenders, Defender, NotFound, Error, Actions, Validation, Email, DevMail };

export default messages;
export type Messages = typeof messages;
