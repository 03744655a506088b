// The same card for Twitter/X (twitter:image); the page asks for the large-image card.
import OpenGraphImage from "./opengraph-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The statement's quote with its speaker, role, date and stance";

export default OpenGraphImage;
