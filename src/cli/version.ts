export const VERSION = '0.1.0';

/** What every request a source makes says about the tool (scan and doctor alike). */
export const USER_AGENT = `mentions/${VERSION} (brand-mention monitor; node ${process.versions.node})`;
