"""Write the fixture sites from articles.py: run `python tests/scrape/sites/build.py` after editing them.

Three sites, each in a real theme's markup with the traps a crawler meets:
- habari/  WordPress + MajalahPro (habari.id's theme), Yoast sitemap index, robots.txt with a private path,
           a 503 that succeeds on retry, a ?p= shortlink redirect, tracking and AMP duplicates, a dead link,
           a split article (<!--nextpage-->), a windows-1252 page, static pages, a PDF behind an HTML-looking link.
- pesisir/ WordPress + GeneratePress, no sitemap or feed: reachable only through listings and /page/N/.
- blog/    Blogger, robots.txt forbids /search (all listings); a sitemap index leads to every post; Crawl-delay.
`{{ORIGIN}}` is replaced by the test server's http://127.0.0.1:PORT when served.
"""
from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from articles import BLOG, HABARI, PESISIR  # noqa: E402

O = "{{ORIGIN}}"
e = html.escape


def write(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding, errors="strict"))


def expected(site: str, articles: list[dict], url) -> None:
    rows = [
        {
            "url": url(a),
            "title": a["title"],
            "published": a["published"],
            "authors": [a["author"]],
            "text": "\n".join(a["paragraphs"]),
        }
        for a in articles
    ]
    (HERE / site / "expected.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", "utf-8")


# ---------------------------------------------------------------- MajalahPro (habari.id)

def mp_head(title: str, a: dict | None, charset: str = "UTF-8") -> str:
    meta = ""
    if a:
        url = f"{O}/{a['slug']}/"
        utc = a["published"]  # Yoast prints the site's offset here on this install
        meta = f"""
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="id_ID" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(a['title'])} - Habari.id" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Habari.id" />
<meta property="article:published_time" content="{utc}" />
<meta name="author" content="{e(a['author'])}" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{url}#article","isPartOf":{{"@id":"{url}"}},"author":{{"name":"{a['author']}","@id":"{O}/#/schema/person/1"}},"headline":"{e(a['title'])}","datePublished":"{utc}","mainEntityOfPage":{{"@id":"{url}"}},"articleSection":["{a['category']}"],"inLanguage":"id"}},{{"@type":"WebPage","@id":"{url}","url":"{url}","name":"{e(a['title'])} - Habari.id"}}]}}</script>
<link rel="amphtml" href="{url}amp/" />"""
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head itemscope="itemscope" itemtype="https://schema.org/WebSite">
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} - Habari.id</title>
<meta name="robots" content="index, follow, max-image-preview:large" />{meta}
<link rel="alternate" type="application/rss+xml" title="Habari.id &raquo; Feed" href="{O}/feed/" />
<link rel='stylesheet' id='majalahpro-style-css' href='{O}/wp-content/themes/majalahpro/style.css?ver=1.3.2' type='text/css' media='all' />
<script type="text/javascript" src="{O}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>"""


MP_HEADER = f"""
<div class="site inner-wrap" id="site-container">
<header id="masthead" class="site-header" role="banner" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
  <div class="container"><div class="gmr-logo"><a href="{O}/" class="custom-logo-link" itemprop="url" title="Habari.id"><img src="{O}/wp-content/uploads/2021/03/logo-habari.png" alt="Habari.id" title="Habari.id" /></a></div>
  <div class="gmr-table-search"><form method="get" class="gmr-searchform searchform" action="{O}/"><input type="text" name="s" id="s" placeholder="Cari Berita" /></form></div></div>
  <nav id="site-navigation" class="gmr-mainmenu" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="{O}/" itemprop="url"><span itemprop="name">Beranda</span></a></li>
      <li class="menu-item"><a href="{O}/category/daerah/" itemprop="url"><span itemprop="name">Daerah</span></a></li>
      <li class="menu-item"><a href="{O}/category/ekonomi/" itemprop="url"><span itemprop="name">Ekonomi</span></a></li>
      <li class="menu-item"><a href="{O}/privat/draf-redaksi/" itemprop="url"><span itemprop="name">Internal</span></a></li>
    </ul>
  </nav>
</header>
<div class="majalahpro-core-topbanner"><a href="https://iklan.example.com/promo"><img src="{O}/wp-content/uploads/2024/01/banner-pemda.jpg" alt="Iklan" /></a></div>
<div id="content" class="gmr-content"><div class="container"><div class="row">"""

MP_SIDEBAR = f"""
<aside id="secondary" class="widget-area col-md-4" role="complementary">
  <div id="majalahpro-rp-2" class="widget majalahpro-rp"><h3 class="widget-title">Terpopuler</h3>
    <ul><li><a href="{O}/2024/01/festival-danau-limboto-kembali-digelar/?utm_source=sidebar&amp;utm_medium=widget" title="Festival">Festival Danau Limboto Kembali Digelar</a></li>
    <li><a href="{O}/?p=104">Festival Danau Limboto (tautan pendek)</a></li>
    <li><a href="{O}/2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat/amp/">Bimtek (AMP)</a></li></ul>
  </div>
  <div class="widget widget_tag_cloud"><h3 class="widget-title">Tag</h3><div class="tagcloud"><a href="{O}/tag/boalemo/" class="tag-cloud-link">Boalemo</a> <a href="{O}/tag/nelayan/" class="tag-cloud-link">Nelayan</a></div></div>
  <div class="widget"><a href="{O}/unduh/jadwal-musrenbang-2024/">Unduh jadwal Musrenbang (PDF)</a></div>
</aside>"""

MP_FOOTER = f"""
</div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="container"><ul class="menu"><li><a href="{O}/redaksi/">Redaksi</a></li><li><a href="{O}/pedoman-media-siber/">Pedoman Media Siber</a></li><li><a href="https://www.facebook.com/habari.id">Facebook</a></li></ul>
  <div class="site-info">Copyright &copy; 2024 Habari.id. All rights reserved.</div></div>
</footer>
</div>
<script type="text/javascript" src="{O}/wp-content/themes/majalahpro/js/customscript.js?ver=1.3.2" id="majalahpro-customscript-js"></script>
</body>
</html>
"""


def mp_body_html(a: dict, paragraphs: list[str], first_page: bool) -> str:
    parts = []
    for i, para in enumerate(paragraphs):
        parts.append(f"<p>{e(para, quote=False)}</p>")
        if first_page and i == 0:
            parts.append('<div class="majalahpro-core-banner-insidecontent"><div class="gmr-banner-insidecontent">'
                         '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234"></ins>'
                         '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>'
                         '<p style="text-align:center">ADVERTISEMENT</p></div></div>')
        if first_page and i == a.get("read_also", -1):
            parts.append(f'<p><strong>Baca Juga:</strong> <a href="{O}/2024/01/festival-danau-limboto-kembali-digelar/">'
                         'Festival Danau Limboto Kembali Digelar Setelah Empat Tahun Vakum</a></p>')
        if first_page and i == 1:
            parts.append(f'<figure id="attachment_5521" aria-describedby="caption-attachment-5521" class="wp-caption aligncenter" style="width: 800px">'
                         f'<img src="{O}/wp-content/uploads/2024/02/foto-{a["post_id"]}.jpg" alt="" width="800" height="450" />'
                         '<figcaption id="caption-attachment-5521" class="wp-caption-text">Suasana kegiatan. (Foto: Humas)</figcaption></figure>')
    return "\n".join(parts)


def mp_single(a: dict, paragraphs: list[str], page: int = 1, pages: int = 1) -> str:
    url = f"{O}/{a['slug']}/"
    page_links = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            href = url if n == 1 else f"{url}{n}/"
            links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>' if n == page
                         else f'<a href="{href}" class="post-page-numbers">{n}</a>')
        page_links = '<div class="page-links"><span class="page-link-text">Halaman: </span>' + " ".join(links) + "</div>"
    tags = " ".join(f'<a href="{O}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>' for t in a["tags"])
    paged = f" single-paged-{page}" if page > 1 else ""
    return mp_head(a["title"], a, a.get("encoding", "UTF-8")) + f"""
<body class="post-template-default single single-post postid-{a['post_id']} single-format-standard{paged} gmr-theme idtheme kentooz gmr-sticky group-blog" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a class="skip-link screen-reader-text" href="#main">Lewati ke konten</a>{MP_HEADER}
<div id="primary" class="content-area col-md-8">
<main id="main" class="site-main" role="main">
<div class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span><a href="{O}/">Beranda</a></span> &raquo; <span><a href="{O}/category/{a['category'].lower()}/">{a['category']}</a></span></div>
<article id="post-{a['post_id']}" class="post-{a['post_id']} post type-post status-publish format-standard has-post-thumbnail hentry category-{a['category'].lower()}" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class="gmr-box-content gmr-single">
  <header class="entry-header">
    <div class="gmr-meta-topic"><strong><span class="cat-links"><a href="{O}/category/{a['category'].lower()}/" rel="category tag">{a['category']}</a></span></strong></div>
    <h1 class="entry-title" itemprop="headline">{e(a['title'], quote=False)}</h1>
    <div class="gmr-metacontent-single">
      <span class="posted-on"><time class="entry-date published" itemprop="datePublished" datetime="{a['published']}">{a['display']}</time><time class="updated" datetime="{a['published']}">{a['display']}</time></span>
      <span class="entry-author vcard" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/person"><a class="url fn n" href="{O}/author/{a['author'].split()[0].lower()}/" title="Permalink ke: {e(a['author'])}" itemprop="url"><span itemprop="name">{e(a['author'])}</span></a></span>
    </div>
  </header>
  <div class="majalahpro-core-banner-beforecontent"><a href="https://iklan.example.com/pilkada"><img src="{O}/wp-content/uploads/2024/02/iklan-kpu.gif" alt="KPU" /></a></div>
  <div class="entry-content entry-content-single" itemprop="text">
{mp_body_html(a, paragraphs, page == 1)}
{page_links}
  </div>
  <div class="majalahpro-core-banner-aftercontent"><p>Dukung jurnalisme lokal: pasang iklan Anda di Habari.id</p></div>
  <footer class="entry-footer">
    <div class="tags-links">Tag: {tags}</div>
    <div class="gmr-social-share"><ul class="gmr-socialicon-share"><li class="facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow">Bagikan</a></li><li class="whatsapp"><a href="https://api.whatsapp.com/send?text={url}" rel="nofollow">WhatsApp</a></li></ul></div>
  </footer>
</div>
</article>
<div class="majalahpro-core-related-post site-main gmr-box-content gmr-single gmr-gallery"><h3 class="related-title">Berita Terkait</h3>
<ul><li><div class="majalahpro-core-related-title"><a href="{O}/2024/03/harga-cabai-rawit-melonjak-di-pasar-sentral-tilamuta/?utm_source=related" rel="bookmark">Harga Cabai Rawit Melonjak di Pasar Sentral Tilamuta Jelang Ramadan</a></div></li>
<li><div class="majalahpro-core-related-title"><a href="{O}/2024/02/berita-yang-sudah-dihapus/" rel="bookmark">Berita yang sudah dihapus</a></div></li></ul></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="{O}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan.</p></form></div></div>
</main>
</div>{MP_SIDEBAR}{MP_FOOTER}"""


def mp_listing(title: str, body_class: str, items: list[dict], next_url: str | None) -> str:
    cards = []
    for a in items:
        cards.append(f"""
<article id="post-{a['post_id']}" class="item-infinite post-{a['post_id']} post type-post status-publish format-standard has-post-thumbnail hentry" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
  <div class="gmr-box-content gmr-archive clearfix">
    <div class="content-thumbnail"><a href="{O}/{a['slug']}/" itemprop="url" title="Permalink ke: {e(a['title'])}" rel="bookmark"><img src="{O}/wp-content/uploads/thumb-{a['post_id']}.jpg" alt="" /></a></div>
    <div class="item-article">
      <div class="gmr-metacontent"><span class="cat-links"><a href="{O}/category/{a['category'].lower()}/" rel="category tag">{a['category']}</a></span><span class="posted-on"><time class="entry-date published" itemprop="datePublished" datetime="{a['published']}">{a['display']}</time></span></div>
      <header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="{O}/{a['slug']}/" itemprop="url" title="Permalink ke: {e(a['title'])}" rel="bookmark">{e(a['title'], quote=False)}</a></h2></header>
      <div class="entry-content entry-content-archive" itemprop="text"><p>{e(a['paragraphs'][0][:140])}&nbsp;[&hellip;]</p></div>
    </div>
  </div>
</article>""")
    nav = ""
    if next_url:
        nav = f'<div class="inf-pagination"><a href="{next_url}">Berikutnya</a></div>'
    return mp_head(title, None) + f"""
<body class="{body_class} gmr-theme idtheme kentooz gmr-sticky group-blog" itemscope="itemscope" itemtype="https://schema.org/WebPage">{MP_HEADER}
<div id="primary" class="content-area col-md-8">
<h1 class="page-title" itemprop="headline">{e(title)}</h1>
<main id="main" class="site-main gmr-infinite-selector" role="main"><div id="gmr-main-load">{''.join(cards)}
</div>{nav}</main>
</div>{MP_SIDEBAR}{MP_FOOTER}"""


def mp_static(title: str, slug: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return mp_head(title, None) + f"""
<body class="page-template-default page page-id-{len(slug) * 7} gmr-theme idtheme kentooz gmr-sticky group-blog" itemscope="itemscope" itemtype="https://schema.org/WebPage">{MP_HEADER}
<div id="primary" class="content-area col-md-8"><main id="main" class="site-main" role="main">
<article id="post-{len(slug)}" class="post-{len(slug)} page type-page status-publish hentry"><div class="gmr-box-content gmr-single">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(title)}</h1></header>
<div class="entry-content entry-content-single" itemprop="text">{body}</div></div></article>
</main></div>{MP_SIDEBAR}{MP_FOOTER}"""


def build_habari() -> None:
    root = HERE / "habari"
    by_date = sorted(HABARI, key=lambda a: a["published"], reverse=True)
    for a in HABARI:
        enc = a.get("encoding", "utf-8")
        if "split_at" in a:
            cut = a["split_at"]
            write(root / a["slug"] / "index.html", mp_single(a, a["paragraphs"][:cut], 1, 2), enc)
            write(root / a["slug"] / "2" / "index.html", mp_single(a, a["paragraphs"][cut:], 2, 2), enc)
        else:
            write(root / a["slug"] / "index.html", mp_single(a, a["paragraphs"]), enc)
    write(root / "index.html", mp_listing("Habari.id - Berita Gorontalo Terkini", "home blog", by_date[:3], f"{O}/page/2/"))
    write(root / "page" / "2" / "index.html", mp_listing("Habari.id - Halaman 2", "home blog paged paged-2", by_date[3:], None))
    for cat in sorted({a["category"] for a in HABARI}):
        slug = cat.lower()
        write(root / "category" / slug / "index.html",
              mp_listing(cat, f"archive category category-{slug}", [a for a in by_date if a["category"] == cat], None))
    for tag in sorted({t for a in HABARI for t in a["tags"]}):
        slug = tag.lower().replace(" ", "-")
        write(root / "tag" / slug / "index.html",
              mp_listing(tag, f"archive tag tag-{slug}", [a for a in by_date if tag in a["tags"]], None))
    for author in {a["author"] for a in HABARI}:
        slug = author.split()[0].lower()
        write(root / "author" / slug / "index.html",
              mp_listing(author, f"archive author author-{slug} author-2", [a for a in by_date if a["author"] == author], None))
    write(root / "redaksi" / "index.html", mp_static("Redaksi", "redaksi", [
        "Pemimpin Redaksi: Dikson Pakaya", "Redaktur Pelaksana: Nurain Lapananda",
        "Alamat Redaksi: Jalan Trans Sulawesi, Tilamuta, Kabupaten Boalemo, Gorontalo. Surel: redaksi@habari.example"]))
    write(root / "pedoman-media-siber" / "index.html", mp_static("Pedoman Media Siber", "pedoman-media-siber", [
        "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia yang "
        "dilindungi Pancasila, Undang-Undang Dasar 1945, dan Deklarasi Universal Hak Asasi Manusia PBB.",
        "Keberadaan media siber di Indonesia juga merupakan bagian dari kemerdekaan berpendapat dan berekspresi "
        "serta kemerdekaan pers."]))
    write(root / "privat" / "draf-redaksi" / "index.html", mp_static("Draf", "privat", ["Tidak untuk umum. " * 10]))
    write(root / "robots.txt", f"""User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /privat/

Sitemap: {O}/sitemap_index.xml
""")
    sitemaps = "".join(f"<sitemap><loc>{O}/{name}</loc><lastmod>2024-03-12T02:30:45+00:00</lastmod></sitemap>"
                       for name in ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml", "author-sitemap.xml"))
    write(root / "sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//habari.id/main-sitemap.xsl"?>\n'
          f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemaps}</sitemapindex>\n')
    urls = "".join(f"\n<url><loc>{O}/{a['slug']}/</loc><lastmod>{a['published']}</lastmod></url>" for a in by_date)
    urls += f"\n<url><loc>{O}/2024/02/berita-yang-sudah-dihapus/</loc><lastmod>2024-02-25T10:00:00+08:00</lastmod></url>"
    write(root / "post-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>\n')
    write(root / "page-sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{O}/redaksi/</loc></url><url><loc>{O}/pedoman-media-siber/</loc></url></urlset>\n')
    write(root / "category-sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{O}/category/daerah/</loc></url></urlset>\n')
    write(root / "author-sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{O}/author/dikson/</loc></url></urlset>\n')
    write(root / "unduh" / "jadwal-musrenbang-2024" / "jadwal.pdf", "%PDF-1.4\n% jadwal musrenbang\n")
    (root / "routes.json").write_text(json.dumps({
        "redirects": {"/?p=104": "/2024/01/festival-danau-limboto-kembali-digelar/",
                      "/unduh/jadwal-musrenbang-2024/": "/unduh/jadwal-musrenbang-2024/jadwal.pdf"},
        "fail_first": {f"/{a['slug']}/": {"status": 503, "retry_after": "1"} for a in HABARI if a.get("fail_first")},
        "content_type": {f"/{a['slug']}/": "text/html" for a in HABARI if a.get("encoding")},
    }, indent=1) + "\n")
    expected("habari", HABARI, lambda a: f"/{a['slug']}/")


# ---------------------------------------------------------------- GeneratePress

def gp_page(title: str, body_class: str, main: str, jsonld: str = "", extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{e(title)} &#8211; Suara Pesisir</title>
{extra_head}{jsonld}
<link rel='stylesheet' id='generate-style-css' href='{O}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
</head>

<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="Langsung ke isi">Langsung ke isi</a>		<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Situs"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-branding"><p class="main-title" itemprop="headline"><a href="{O}/" rel="home">Suara Pesisir</a></p><p class="site-description" itemprop="description">Kabar dari pantai utara</p></div>
		<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Utama"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container"><div class="main-nav"><ul id="menu-utama" class=" menu sf-menu">
			<li id="menu-item-10" class="menu-item menu-item-type-custom"><a href="{O}/">Beranda</a></li>
			<li id="menu-item-11" class="menu-item menu-item-type-taxonomy"><a href="{O}/kategori/pemerintahan/">Pemerintahan</a></li>
			<li id="menu-item-12" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{O}/pedoman-media-siber/">Pedoman Media Siber</a></li>
			</ul></div></div>
		</nav>
			</div>
		</header>
	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">
			<div class="content-area" id="primary">
		<main class="site-main" id="main">
{main}
		</main>
	</div>
	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{O}/"><input type="search" class="search-field" name="s"></form></aside>
		<aside id="block-3" class="widget inner-padding widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Iklan</h2><p><a href="https://toko.example.com/">Toko Bangunan Jaya Abadi &#8211; harga bersaing</a></p></div></aside>
	</div>
</div>
	</div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Situs"  itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2024 Suara Pesisir</span> &bull; Dibangun dengan <a href="https://generatepress.com" itemprop="url">GeneratePress</a> &bull; <a href="{O}/redaksi/">Redaksi</a></div></div>
</footer></div>
<script id="generate-menu-js" src="{O}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body>
</html>
"""


def gp_single(a: dict) -> str:
    url = f"{O}/{a['slug']}/"
    cat = a["category"].lower()
    paras = []
    for i, para in enumerate(a["paragraphs"]):
        if a.get("blockquote") == i:
            paras.append(f'<blockquote class="wp-block-quote"><p>{e(para, quote=False)}</p></blockquote>')
        else:
            paras.append(f"<p>{e(para, quote=False)}</p>")
        if i == 1:
            paras.append(f'<p><strong>BACA JUGA: <a href="{O}/sekolah-dasar-di-pesisir-terapkan-kurikulum-mangrove/">Sekolah Dasar di Pesisir Terapkan Kurikulum Mangrove</a></strong></p>')
        if i == 0:
            paras.append(f'<figure class="wp-block-image size-large"><img decoding="async" src="{O}/wp-content/uploads/2024/03/foto-{a["post_id"]}.jpg" alt="" /><figcaption class="wp-element-caption">Foto: dokumentasi Suara Pesisir</figcaption></figure>')
    paras.append('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow" class="share-facebook sd-button" href="?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow" href="?share=x"><span>X</span></a></li></ul></div></div></div>')
    paras.append(f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3><p><a href="{O}/ratusan-warga-ikuti-jalan-sehat-hari-jadi-kabupaten/">Ratusan Warga Ikuti Jalan Sehat</a></p></div>')
    if a.get("no_machine_date"):
        date_html = f'<span class="posted-on">{a["display_text"]}</span>'
        head = f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{e(a["title"])}" />'
        jsonld = ""
    else:
        date_html = (f'<span class="posted-on"><time class="entry-date published" datetime="{a["published"]}" itemprop="datePublished">'
                     f'{a["display"]}</time></span>')
        head = f'<link rel="canonical" href="{url}" />\n<meta property="og:type" content="article" />\n<meta property="article:published_time" content="{a.get("jsonld_utc", a["published"])}" />'
        jsonld = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","headline":"{e(a["title"])}",'
                  f'"datePublished":"{a.get("jsonld_utc", a["published"])}","author":[{{"@type":"Person","name":"{a["author"]}"}}]}}]}}</script>')
    main = f"""
<article id="post-{a['post_id']}" class="post-{a['post_id']} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<header class="entry-header">
			<h1 class="entry-title" itemprop="headline">{e(a['title'], quote=False)}</h1>		<div class="entry-meta">
			{date_html} <span class="byline">oleh <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{O}/author/{a['author'].split()[0].lower()}/" title="Lihat semua pos oleh {e(a['author'])}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{e(a['author'])}</span></a></span></span>		</div>
				</header>
		<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1024" height="576" src="{O}/wp-content/uploads/2024/03/utama-{a['post_id']}.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" /></div>
		<div class="entry-content" itemprop="text">
{chr(10).join(paras)}
		</div>
				<footer class="entry-meta" aria-label="Meta postingan">
			<span class="cat-links"><span class="screen-reader-text">Kategori </span><a href="{O}/kategori/{cat}/" rel="category tag">{a['category']}</a></span>
		<nav id="nav-below" class="post-navigation" aria-label="Pos"><div class="nav-previous"><span class="prev"><a href="{O}/" rel="prev">Beranda</a></span></div></nav>		</footer>
			</div>
</article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">Satu komentar</h3><ol class="comment-list"><li id="comment-7" class="comment even thread-even depth-1"><article class="comment-body"><div class="comment-content"><p>Semoga cepat diperbaiki, sudah banyak korban di jalan itu.</p></div></article></li></ol></div></div>"""
    return gp_page(a["title"], f"post-template-default single single-post postid-{a['post_id']} single-format-standard", main, jsonld, head)


def gp_listing(title: str, body_class: str, items: list[dict], page: int, pages: int, base: str) -> str:
    cards = []
    for a in items:
        cards.append(f"""
<article id="post-{a['post_id']}" class="post-{a['post_id']} post type-post status-publish format-standard hentry category-{a['category'].lower()}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<header class="entry-header">
			<h2 class="entry-title" itemprop="headline"><a href="{O}/{a['slug']}/" rel="bookmark">{e(a['title'], quote=False)}</a></h2>
		</header>
		<div class="entry-summary" itemprop="text"><p>{e(a['paragraphs'][0][:120])} &#8230; <a title="{e(a['title'])}" class="read-more" href="{O}/{a['slug']}/" aria-label="Selengkapnya">Selengkapnya</a></p></div>
	</div>
</article>""")
    numbers = []
    for n in range(1, pages + 1):
        href = f"{O}{base}" if n == 1 else f"{O}{base}page/{n}/"
        numbers.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page
                       else f'<a class="page-numbers" href="{href}">{n}</a>')
    if page < pages:
        numbers.append(f'<a class="next page-numbers" href="{O}{base}page/{page + 1}/">Berikutnya <span aria-hidden="true">&rarr;</span></a>')
    nav = f'<nav id="nav-below" class="paging-navigation" aria-label="Halaman arsip"><div class="nav-links">{"".join(numbers)}</div></nav>'
    header = f'<header class="page-header" aria-label="Halaman"><h1 class="page-title">{e(title)}</h1></header>' if "archive" in body_class else ""
    return gp_page(title, body_class, header + "".join(cards) + nav)


def build_pesisir() -> None:
    root = HERE / "pesisir"
    by_date = sorted(PESISIR, key=lambda a: a["published"], reverse=True)
    for a in PESISIR:
        write(root / a["slug"] / "index.html", gp_single(a))
    per = 2
    pages = (len(by_date) + per - 1) // per
    for n in range(1, pages + 1):
        items = by_date[(n - 1) * per:n * per]
        klass = "home blog" + (f" paged paged-{n}" if n > 1 else "")
        path = root / "index.html" if n == 1 else root / "page" / str(n) / "index.html"
        write(path, gp_listing("Suara Pesisir", klass, items, n, pages, "/"))
    for cat in sorted({a["category"] for a in PESISIR}):
        slug = cat.lower()
        mine = [a for a in by_date if a["category"] == cat]
        write(root / "kategori" / slug / "index.html",
              gp_listing(cat, f"archive category category-{slug}", mine, 1, 1, f"/kategori/{slug}/"))
    for slug, title, text in (
        ("pedoman-media-siber", "Pedoman Media Siber",
         ["Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia yang "
          "dilindungi Pancasila dan Undang-Undang Dasar 1945.", "Media siber wajib menyajikan berita yang akurat."]),
        ("redaksi", "Redaksi", ["Pemimpin Redaksi: Andi Saputra", "Redaktur: Siti Marlina. Alamat: Jl. Pemuda 12, Kendal."]),
    ):
        body = "".join(f"<p>{e(p)}</p>" for p in text)
        main = (f'<article id="post-5" class="post-5 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>'
                f'<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{title}</h1></header>'
                f'<div class="entry-content" itemprop="text">{body}</div></div></article>')
        write(root / slug / "index.html", gp_page(title, f"page-template-default page page-id-5", main))
    for a in PESISIR:
        slug = a["author"].split()[0].lower()
        mine = [b for b in by_date if b["author"] == a["author"]]
        write(root / "author" / slug / "index.html", gp_listing(a["author"], f"archive author author-{slug}", mine, 1, 1, f"/author/{slug}/"))
    write(root / "robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    (root / "routes.json").write_text(json.dumps({}) + "\n")
    expected("pesisir", PESISIR, lambda a: f"/{a['slug']}/")


# ---------------------------------------------------------------- Blogger

def bl_page(title: str, page_type: str, posts_html: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='id' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{O}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Kabar Desa Sukamaju - Atom" href="{O}/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="Kabar Desa Sukamaju - Atom" href="https://www.blogger.com/feeds/1234567890/posts/default" />
<meta content='{canonical}' property='og:url'/>
<meta content='{e(title)}' property='og:title'/>
<title>{e(title)}</title>
<style type='text/css'>body {{ font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; }}</style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/widget_css_bundle.css' />
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ }}
  </script></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{O}/'>Kabar Desa Sukamaju</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Berita dan informasi dari Desa Sukamaju</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol' name='Lintas Kolom'><div class='widget PageList' data-version='1' id='PageList1'>
<div class='widget-content'><ul><li><a href='{O}/'>Beranda</a></li><li><a href='{O}/p/redaksi.html'>Redaksi</a></li><li><a href='{O}/search/label/Pemerintahan'>Pemerintahan</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Utama'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
{posts_html}
</div>
{extra}
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Label' data-version='1' id='Label1'><h2>Label</h2><div class='widget-content list-label-widget-content'><ul>
<li><a dir='ltr' href='{O}/search/label/Kesehatan'>Kesehatan</a><span dir='ltr'>(1)</span></li>
<li><a dir='ltr' href='{O}/search/label/Pertanian'>Pertanian</a><span dir='ltr'>(1)</span></li></ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'><ul class='hierarchy'>
<li class='archivedate expanded'><a class='post-count-link' href='{O}/2024/'>2024</a></li>
<li class='archivedate collapsed'><a class='post-count-link' href='{O}/2023/'>2023</a></li></ul></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d1234567890', '{O}/', '1234567890');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '1234567890', 'pageType': '{page_type}'}}}}]);</script>
</body>
</html>
"""


def bl_post(a: dict, item: bool) -> str:
    url = f"{O}/{a['slug']}.html"
    paras = a["paragraphs"]
    body = [f"<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a['post_id']}/s1600/foto.jpg\" style=\"margin-left: 1em; margin-right: 1em;\"><img border=\"0\" data-original-height=\"720\" src=\"https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a['post_id']}/s320/foto.jpg\" width=\"320\" /></a></div>"]
    body.append('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td class="tr-caption" style="text-align: center;">Dokumentasi Pemerintah Desa Sukamaju</td></tr></tbody></table>')
    body.append("<br />".join(f"{e(p, quote=False)}<br />" for p in paras[:2]))
    body.append("<br /><b>Baca juga: </b><a href=\"" + f"{O}/2023/12/pelatihan-pengolahan-gula-aren.html" + "\">Pelatihan Pengolahan Gula Aren</a><br /><br />")
    body.extend(f'<div style="text-align: justify;">{e(p, quote=False)}</div><div style="text-align: justify;"><br /></div>' for p in paras[2:])
    text = "\n".join(body) if item else e(paras[0][:150]) + "..."
    title = (f"<h3 class='post-title entry-title' itemprop='name'>\n{e(a['title'], quote=False)}\n</h3>" if item else
             f"<h3 class='post-title entry-title' itemprop='name'>\n<a href='{url}'>{e(a['title'], quote=False)}</a>\n</h3>")
    return f"""<div class="date-outer">
<h2 class='date-header'><span>{a['date_header']}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a['post_id']}/s1600/foto.jpg' itemprop='image_url'/>
<meta content='1234567890' itemprop='blogId'/>
<meta content='{a['post_id']}' itemprop='postId'/>
<a name='{a['post_id']}'></a>
{title}
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{a['post_id']}' itemprop='description articleBody'>
{text}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Diposting oleh
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/0987654321' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/0987654321' rel='author' title='author profile'>
<span itemprop='name'>{e(a['author'])}</span>
</a>
</span>
</span>
<span class='post-timestamp'>
di
<meta content='{url}' itemprop='url'/>
<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{a['published'].replace("+07:00", ".000+07:00")}'>{a['display']}</abbr></a>
</span>
<span class='post-comment-link'>
<a class='comment-link' href='{url}#comment-form' onclick=''>Tidak ada komentar:</a>
</span>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: <a href='{O}/search/label/Desa' rel='tag'>Desa</a></span></div>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=1234567890&amp;postID={a['post_id']}&amp;target=email' target='_blank' title='Kirimkan Ini lewat Email'><span class='share-button-link-text'>Kirimkan Ini lewat Email</span></a></div>
</div>
</div>
</div>
</div></div>"""


def build_blog() -> None:
    root = HERE / "blog"
    by_date = sorted(BLOG, key=lambda a: a["published"], reverse=True)
    for a in BLOG:
        url = f"{O}/{a['slug']}.html"
        pager = (f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{O}/' title='Posting Lebih Baru'>Posting Lebih Baru</a></span>"
                 f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{O}/search?updated-max=2023-11-28T13:45:00%2B07:00' title='Posting Lama'>Posting Lama</a></span>"
                 f"<a class='home-link' href='{O}/'>Beranda</a></div>"
                 f"<div class='comments' id='comments'><h4>Tidak ada komentar:</h4><div id='comment-holder'></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/1234567890/{a['post_id']}' onclick=''>Posting Komentar</a></p></div>")
        write(root / f"{a['slug']}.html", bl_page(f"Kabar Desa Sukamaju: {a['title']}", "item", bl_post(a, True), url, pager))
    latest = by_date[:2]
    pager = (f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-older-link'><a class='blog-pager-older-link' "
             f"href='{O}/search?updated-max={latest[-1]['published'].replace('+', '%2B')}&amp;max-results=2' title='Posting Lama'>Posting Lama</a></span></div>"
             f"<div class='mobile-link-button' id='mobile-link-button'><a href='{O}/{latest[0]['slug']}.html?m=1'>Lihat versi seluler</a></div>")
    write(root / "index.html", bl_page("Kabar Desa Sukamaju", "index", "\n".join(bl_post(a, False) for a in latest), f"{O}/", pager))
    older = by_date[2:]
    write(root / "search" / "index.html", bl_page("Kabar Desa Sukamaju", "index", "\n".join(bl_post(a, False) for a in older), f"{O}/search"))
    for year in ("2024", "2023"):
        mine = [a for a in by_date if a["published"].startswith(year)]
        write(root / year / "index.html", bl_page(f"Kabar Desa Sukamaju: {year}", "archive",
              "\n".join(bl_post(a, False) for a in mine), f"{O}/{year}/"))
    write(root / "p" / "redaksi.html", bl_page("Kabar Desa Sukamaju: Redaksi", "static_page",
          "<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>Redaksi</h3><div class='post-body entry-content'>"
          "Blog ini dikelola oleh Pemerintah Desa Sukamaju bersama karang taruna. Kirim kabar desa ke kabar.sukamaju@example.com."
          "<br /><br />Penanggung jawab: Ujang Suparman, Kepala Desa.</div></div></div>", f"{O}/p/redaksi.html"))
    write(root / "robots.txt", f"""User-agent: Mediapartners-Google
Disallow: 

User-agent: *
Disallow: /search
Allow: /
Crawl-delay: 0.2

Sitemap: {O}/sitemap.xml
""")
    write(root / "sitemap.xml", f"<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{O}/sitemap.xml?page=1</loc></sitemap></sitemapindex>")
    urls = "".join(f"<url><loc>{O}/{a['slug']}.html</loc><lastmod>{a['published'].replace('+07:00', 'Z')}</lastmod></url>" for a in by_date)
    write(root / "sitemap-page-1.xml", f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>")
    (root / "routes.json").write_text(json.dumps({"routes": {"/sitemap.xml?page=1": "sitemap-page-1.xml"}}) + "\n")
    expected("blog", BLOG, lambda a: f"/{a['slug']}.html")


if __name__ == "__main__":
    build_habari()
    build_pesisir()
    build_blog()
