"""Validates the Atom feed and the sitemap the build writes.

    python tests/feed/validate.py <dist> <site url> <posts dir>

The feed is checked against Atom's own schema (RFC 4287, Appendix B, in tests/feed/atom.rnc,
converted by rnc2rng and checked by lxml) and against the rules the RFC states beside the
schema (Schematron): an author for every entry, a link or content in each. Then against the
posts: one entry and one sitemap address per published post (none for drafts), each entry
with its full content. The
validator first proves that it refuses broken feeds, so that a pass means something.
Needs lxml and rnc2rng (installed by .ci/setup --browser in target/py).
"""

import copy
import pathlib
import sys

import rnc2rng
from lxml import etree, isoschematron

ATOM = "{http://www.w3.org/2005/Atom}"
NS = {"atom": "http://www.w3.org/2005/Atom", "sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HERE = pathlib.Path(__file__).parent

# RFC 4287's rules that RELAX NG cannot say (its Schematron annotations).
RULES = b"""<schema xmlns="http://purl.oclc.org/dsdl/schematron">
  <ns prefix="atom" uri="http://www.w3.org/2005/Atom"/>
  <pattern><rule context="atom:entry">
    <assert test="atom:author or ../atom:author or atom:source/atom:author">an entry without an author</assert>
    <assert test="atom:link[not(@rel) or @rel='alternate'] or atom:content">an entry without a link or content</assert>
  </rule></pattern>
  <pattern><rule context="atom:feed">
    <assert test="atom:link[@rel='self']">a feed without its own address</assert>
  </rule></pattern>
</schema>"""


def schema():
    rng = rnc2rng.dumps(rnc2rng.load(str(HERE / "atom.rnc")))
    # rnc2rng declares the empty namespace as a prefix, which XML forbids; the schema
    # does not need it (local names are written out as nsName ns="").
    rng = rng.replace(' xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(rng.encode()))


def problems(feed, relaxng, rules):
    found = []
    if not relaxng.validate(feed):
        found.append(f"schema: {relaxng.error_log.last_error}")
    if not rules.validate(feed):
        found += [f"rule: {e.message.strip()}" for e in rules.error_log]
    return found


def published(posts):
    """The slugs of the posts that are not drafts, read from their front matter."""
    slugs = []
    for file in sorted(posts.glob("*.md")):
        front = file.read_text(encoding="utf-8").split("\n---", 1)[0]
        fields = dict(l.split(":", 1) for l in front.splitlines()[1:] if ":" in l and not l.startswith(" "))
        if fields.get("draft", "").strip() == "true":
            continue
        slugs.append(fields.get("slug", file.stem).strip().strip("'\""))
    return slugs


def main():
    dist, site, posts = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
    expected = sorted(f"{site}posts/{slug}/" for slug in published(posts))
    relaxng, rules = schema(), isoschematron.Schematron(etree.fromstring(RULES))
    feed = etree.parse(str(dist / "feed.xml"))
    failures = []

    # The validator refuses broken feeds: no entry id, a bad date, no author.
    for name, spoil in [
        ("an entry without id", lambda f: f.find(f"{ATOM}entry/{ATOM}id").getparent().remove(f.find(f"{ATOM}entry/{ATOM}id"))),
        ("a date that is not RFC 3339", lambda f: setattr(f.find(f"{ATOM}updated"), "text", "9 juin 2016")),
        ("an entry without author", lambda f: f.find(f"{ATOM}entry").remove(f.find(f"{ATOM}entry/{ATOM}author"))),
    ]:
        broken = copy.deepcopy(feed.getroot())
        spoil(broken)
        if not problems(broken, relaxng, rules):
            failures.append(f"the validator accepted {name}")

    failures += [f"feed.xml: {p}" for p in problems(feed, relaxng, rules)]

    entries = feed.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    if sorted(ids) != expected:
        failures.append(f"feed.xml has entries {sorted(ids)}, the published posts are {expected}")
    for entry in entries:
        content = entry.find(f"{ATOM}content")
        if content is None or content.get("type") != "html" or "<p>" not in (content.text or ""):
            failures.append(f"feed.xml: {entry.findtext(f'{ATOM}id')} has no full HTML content")

    sitemap = etree.parse(str(dist / "sitemap.xml"))
    locations = [l.text for l in sitemap.findall("sm:url/sm:loc", NS)]
    listed = [l for l in locations if "/posts/" in l]
    if sorted(listed) != expected:
        failures.append(f"sitemap.xml lists {sorted(listed)}, the published posts are {expected}")
    if site not in locations:
        failures.append(f"sitemap.xml lacks the home page {site}")

    for failure in failures:
        print(f"FAIL {failure}")
    print(f"feed.xml: {len(entries)} entries, valid Atom (RFC 4287); sitemap.xml: {len(locations)} pages" if not failures else "")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
