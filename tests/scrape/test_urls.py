import pytest

from pipeline.scrape.urls import canonical_url, host_of, is_crawlable


@pytest.mark.parametrize("url,expected", [
    ("https://habari.id/2024/02/bimtek/?utm_source=facebook&utm_medium=social", "https://habari.id/2024/02/bimtek/"),
    ("https://habari.id/2024/02/bimtek/?fbclid=IwAR0abc#respond", "https://habari.id/2024/02/bimtek/"),
    ("https://habari.id/2024/02/bimtek/amp/", "https://habari.id/2024/02/bimtek/"),
    ("https://habari.id/2024/02/bimtek/?amp=1", "https://habari.id/2024/02/bimtek/"),
    ("https://habari.id/amp/2024/02/bimtek/", "https://habari.id/2024/02/bimtek/"),
    ("HTTPS://Habari.ID:443/?p=123", "https://habari.id/?p=123"),
    ("http://127.0.0.1:8000/berita/?gclid=x&id=7", "http://127.0.0.1:8000/berita/?id=7"),
])
def test_canonical_url_drops_tracking_fragment_and_amp(url, expected):
    assert canonical_url(url) == expected


def test_canonical_url_resolves_relative_links_and_drops_profile_params():
    assert canonical_url("/2024/02/posyandu.html?m=1", "https://desa.blogspot.com/", drop_params=frozenset({"m"})) \
        == "https://desa.blogspot.com/2024/02/posyandu.html"


@pytest.mark.parametrize("url,crawlable", [
    ("https://habari.id/2024/02/bimtek/", True),
    ("https://habari.id/wp-admin/post.php", False),
    ("https://habari.id/wp-content/uploads/2024/02/foto.jpg", False),
    ("https://habari.id/2024/02/bimtek/feed/", False),
    ("https://habari.id/2024/02/bimtek/?replytocom=12", False),
    ("mailto:redaksi@habari.id", False),
])
def test_is_crawlable_skips_admin_media_and_feeds(url, crawlable):
    assert is_crawlable(url) is crawlable


def test_host_of_drops_www():
    assert host_of("https://www.swaramanadonews.co/2023/12/x.html") == "swaramanadonews.co"


@pytest.mark.parametrize("url,key", [
    ("http://habari.id/a/", "habari.id"),
    ("https://www.habari.id/b/", "habari.id"),
    ("http://127.0.0.1:8123/", "127.0.0.1:8123"),
])
def test_politeness_key_is_one_per_server(url, key):
    from pipeline.scrape.urls import politeness_key

    assert politeness_key(url) == key
