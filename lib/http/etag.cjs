// CommonJS: used by the page front (server.mjs loads it unbundled) and by the feed routes.

/**
 * If-None-Match compared as RFC 9110 says: weakly (a proxy that compressed the body sends the tag
 * back as W/"…"), against a list of tags, or "*".
 */
function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

module.exports = { matchesEtag };
