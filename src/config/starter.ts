/** The commented starter config that `mentions init` writes. */
export const STARTER_CONFIG = `# mentions configuration. Reference: README.md, "Configuration".
# \${VAR} in any value is read from the environment (keep tokens out of this file).

# Where mentions are stored (one SQLite file). Default: $XDG_DATA_HOME/mentions/mentions.db
# database: ./mentions.db

# How fast a complaint should be answered; list/check flag mentions past these ages.
sla:
  firstResponse: 1h
  max: 24h

# How many requests are in flight at once, and how long one source's fetch may take.
# concurrency: 16
# timeout: 20s

brands:
  - name: Acme
    # Case-insensitive whole words; a keyword with spaces matches as a phrase.
    keywords: [acme, "acme cloud", "#acmefail"]
    # A mention containing any of these is dropped.
    exclude: ["acme corp careers"]
    # The brand's own accounts, per service.
    handles: { twitter: acmehelp }

sources:
  # A Google Alert delivered as a feed: on google.com/alerts choose "Deliver to: RSS feed", copy the feed URL.
  - type: google-alerts
    url: https://www.google.com/alerts/feeds/00000000000000000000/0000000000000000000
    brand: Acme
  # Any RSS, Atom or RDF feed: Reddit search (https://www.reddit.com/search.rss?q=acme&sort=new), blogs, review sites.
  - type: rss
    name: reddit
    url: https://www.reddit.com/search.rss?q=acme&sort=new
`;
