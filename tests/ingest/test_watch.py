"""``summitry ingest FEED`` and ``summitry watch``: feeds and folders into a store, on loopback."""

import pytest
from feed_server import ARTICLE_EN, ARTICLE_ZH, FeedSite, rss, serve

from summitry.cli import main
from summitry.cli.watch import interval_seconds
from summitry.store.database import open_store


def test_intervals():
    assert interval_seconds("15m") == 900 and interval_seconds("90s") == 90
    assert interval_seconds("2h") == 7200 and interval_seconds("1d") == 86400
    assert interval_seconds("5") == 300
    for bad in ("0m", "fast", "15 minutes", "-1s"):
        with pytest.raises(ValueError):
            interval_seconds(bad)


def test_watch_refuses_a_bad_interval(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["watch", "x", "--every", "soon"])
    assert exit_.value.code == 2 and "not an interval" in capsys.readouterr().err


def test_ingest_takes_a_feed_url_and_remembers_it(tmp_path, capsys):
    db = str(tmp_path / "news.db")
    site = FeedSite()
    site.put("/a/en.html", ARTICLE_EN)
    with serve(site):
        site.put("/rss.xml", rss(site.base, [("g1", "/a/en.html", "Talks")]))
        assert main(["ingest", site.base + "/rss.xml", "--db", db, "--workers", "0"]) == 0
        assert main(["ingest", site.base + "/rss.xml", "--db", db, "--workers", "0"]) == 0
        assert site.not_modified["/rss.xml"] == 1
    assert (tmp_path / "news.db.feeds.json").exists()
    with open_store(db) as store:
        assert store.counts()["documents"] == 1


def test_watch_polls_folders_and_feeds_and_logs(tmp_path, capsys):
    db, log = str(tmp_path / "news.db"), tmp_path / "watch.log"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(ARTICLE_ZH, encoding="utf-8")
    site = FeedSite()
    site.put("/a/en.html", ARTICLE_EN)
    with serve(site):
        site.put("/rss.xml", rss(site.base, [("g1", "/a/en.html", "Talks")]))
        code = main(["watch", str(folder), site.base + "/rss.xml", "--db", db, "--every", "1s",
                     "--polls", "2", "--log", str(log)])
    assert code == 0
    err = capsys.readouterr().err
    assert "poll 1:" in err and "next poll at" in err and "poll 2:" in err
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len([line for line in lines if " poll " in line]) == 2
    with open_store(db) as store:
        assert store.counts()["documents"] == 2
