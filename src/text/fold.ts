// One implementation for the pipeline and the site: it lives with the site's components because
// Framework serves only files under docs/.
export { foldVietnamese, foldForMatch } from "../../docs/components/fold.js";
