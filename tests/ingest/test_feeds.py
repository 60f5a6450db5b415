"""Feeds: RSS/Atom URLs and OPML lists read over loopback, with conditional GET."""

from feed_server import ARTICLE_EN, ARTICLE_ZH, FeedSite, atom_with_content, rss, serve

from summitry.document import Document
from summitry.errors import InputError
from summitry.ingest.feeds import default_state_path, is_feed_source, opml_feeds
from summitry.ingest.readers import read_paths
from summitry.settings import Settings


def split(outcomes):
    outcomes = list(outcomes)
    return ([o for o in outcomes if isinstance(o, Document)],
            [o for o in outcomes if isinstance(o, InputError)])


def site_with_rss() -> FeedSite:
    site = FeedSite()
    site.put("/a/en.html", ARTICLE_EN)
    site.put("/a/zh.html", ARTICLE_ZH)
    return site


def publish_rss(site: FeedSite, items) -> None:
    site.put("/rss.xml", rss(site.base, items), "application/rss+xml")


def test_feed_sources_are_urls_and_opml_files():
    assert is_feed_source("https://example.org/rss.xml")
    assert is_feed_source("HTTP://example.org/feed")
    assert is_feed_source("subscriptions.OPML")
    assert not is_feed_source("articles/")
    assert not is_feed_source("news.jsonl")
    assert default_state_path("news.db") == "news.db.feeds.json"
    assert default_state_path("postgresql://h/db") == "summitry-feeds.json"


def test_rss_entries_become_documents_from_their_pages(tmp_path):
    with serve(site_with_rss()) as site:
        publish_rss(site, [("g1", "/a/en.html", "Talks"), ("g2", "/a/zh.html", "会见")])
        settings = Settings(feed_state=str(tmp_path / "state.json"))
        docs, errors = split(read_paths([site.base + "/rss.xml"], settings))
    assert not errors
    assert len(docs) == 2 and len({d.id for d in docs}) == 2
    en = next(d for d in docs if d.url and d.url.endswith("en.html"))
    assert "foreign ministers" in en.text and en.html
    assert en.meta_title and "Vientiane" in en.meta_title
    assert en.meta_published == "2024-03-12"
    assert all(d.id.startswith("feed-") for d in docs)


def test_unchanged_feed_costs_one_304_and_no_page_fetch(tmp_path):
    state = str(tmp_path / "state.json")
    with serve(site_with_rss()) as site:
        publish_rss(site, [("g1", "/a/en.html", "Talks")])
        first, _ = split(read_paths([site.base + "/rss.xml"], Settings(feed_state=state)))
        again, errors = split(read_paths([site.base + "/rss.xml"], Settings(feed_state=state)))
        assert len(first) == 1 and not again and not errors
        assert site.not_modified["/rss.xml"] == 1 and site.hits["/a/en.html"] == 1
        # The feed changes: only the new entry's page is fetched.
        publish_rss(site, [("g2", "/a/zh.html", "会见"), ("g1", "/a/en.html", "Talks")])
        new, _ = split(read_paths([site.base + "/rss.xml"], Settings(feed_state=state)))
        assert [d.url for d in new] == [site.base + "/a/zh.html"]
        assert site.hits["/a/en.html"] == 1


def test_without_state_every_poll_reads_everything():
    with serve(site_with_rss()) as site:
        publish_rss(site, [("g1", "/a/en.html", "Talks")])
        for _ in range(2):
            docs, _ = split(read_paths([site.base + "/rss.xml"], Settings()))
            assert len(docs) == 1
        assert site.not_modified["/rss.xml"] == 0


def test_atom_entry_content_stands_in_for_a_missing_page(tmp_path):
    with serve(FeedSite()) as site:
        site.put("/atom.xml", atom_with_content(site.base), "application/atom+xml")
        docs, errors = split(read_paths([site.base + "/atom.xml"], Settings()))
    assert not errors and len(docs) == 1
    assert "border crossing" in docs[0].text
    assert docs[0].meta_published == "2024-04-02"


def test_opml_lists_feeds_in_order_without_repeats(tmp_path):
    with serve(site_with_rss()) as site:
        publish_rss(site, [("g1", "/a/en.html", "Talks")])
        site.put("/atom.xml", atom_with_content(site.base), "application/atom+xml")
        opml = tmp_path / "follow.opml"
        opml.write_text(
            '<?xml version="1.0"?><opml version="2.0"><head><title>f</title></head><body>'
            f'<outline text="Asia"><outline type="rss" xmlUrl="{site.base}/rss.xml"/>'
            f'<outline type="rss" xmlUrl="{site.base}/atom.xml"/></outline>'
            f'<outline type="rss" xmlUrl="{site.base}/rss.xml"/></body></opml>',
            encoding="utf-8")
        assert opml_feeds(opml.read_bytes()) == [site.base + "/rss.xml", site.base + "/atom.xml"]
        docs, errors = split(read_paths([str(opml)], Settings()))
    assert not errors and len(docs) == 2


def test_an_opml_list_naming_a_local_file_fetches_nothing(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text("<rss version='2.0'><channel><item><title>x</title>"
                      "<description>private</description></item></channel></rss>")
    opml = tmp_path / "list.opml"
    opml.write_text(f'<opml><body><outline xmlUrl="file://{secret}"/></body></opml>')
    docs, errors = split(read_paths([str(opml)], Settings()))
    assert not docs and "not an http(s) feed URL" in str(errors[0])


def test_bad_feeds_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "broken.opml").write_text("<opml><body>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("越南外长在河内会见俄罗斯外长。", encoding="utf-8")
    with serve(FeedSite()) as site:
        site.put("/notafeed", "just words, no markup at all", "text/plain")
        docs, errors = split(read_paths([site.base + "/missing.xml", site.base + "/notafeed",
                                         str(tmp_path / "broken.opml"),
                                         str(tmp_path / "nothere.opml"),
                                         str(tmp_path / "a.txt")], Settings()))
    assert len(docs) == 1 and len(errors) == 4
    assert "404" in str(errors[0]) and "not an RSS or Atom feed" in str(errors[1])
    assert "OPML" in str(errors[2]) and "cannot read" in str(errors[3])
