export { EmbedSentPage as default, embedSentMetadata as generateMetadata } from "@/components/embed/embed-sent";
