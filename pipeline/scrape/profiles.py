"""Site profiles as data: CSS selectors for outlets and themes we know; anything else takes the generic path.

A profile applies to a page when its host is listed or its theme fingerprint (`detect`) is in the page,
so a MajalahPro site we have never seen gets habari.id's selectors too.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    hosts: tuple[str, ...] = ()
    detect: str = ""  # CSS selector whose presence marks the theme
    title: str = ""
    published: str = ""  # element carrying the date in datetime/title/content, else its text
    authors: str = ""
    body: str = ""
    drop: tuple[str, ...] = ()  # blocks inside the body that are not body text
    listing_links: str = ""  # article links on listing pages
    next_page: str = ""  # link to the next (older) listing page
    page_links: str = ""  # the box of links to the other pages of an article split over several pages
    drop_params: tuple[str, ...] = ()  # query parameters that only select a view of the same page


# Blocks that are never body text, whatever the theme (WordPress core, Jetpack, common plugins, Blogger).
COMMON_DROP = (
    "script", "style", "noscript", "iframe", "form", "button", "svg", "figure", "figcaption", "ins",
    ".wp-caption", ".wp-caption-text", ".gallery", ".sharedaddy", ".jp-relatedposts", ".yarpp-related",
    ".crp_related", ".related-posts", ".related", ".post-tags", ".tags-links", ".tagcloud", ".page-links",
    ".post-page-numbers", ".addtoany_share_save_container", ".a2a_kit", ".social-share", ".share-buttons",
    ".ads", ".advertisement", ".adsbygoogle", ".code-block", "#comments", ".comments-area", ".comment",
    ".post-share", ".entry-footer", ".author-box", ".saboxplugin-wrap", ".post-navigation", ".nav-links",
    ".inline-related", ".baca-juga", ".bacajuga", ".read-also", ".image-caption", ".tr-caption-container",
    ".post-footer", ".blog-pager", ".wp-block-embed", ".wp-block-buttons", ".heateor_sss_sharing_container",
    ".ss-inline-share-wrapper", ".swp_social_panel", ".shared-counts-wrap", ".mashsb-container", ".essb_links",
    ".rp4wp-related-posts", ".related-post", ".relpost-thumb-wrapper", ".wp-block-related", ".entry-tags",
    ".tag-links", ".post-share-buttons", "[id^=div-gpt-ad]", ".ad-container", ".td-a-rec", ".jeg_ad",
    ".wp-block-image", ".video-container", "table.tr-caption-container", ".post-labels", ".jeg_post_tags",
    ".jeg_share_button", ".jnews_inline_related_post_wrapper", "[class*=inline-related]", "[class*=inline_related]",
)

MAJALAHPRO = Profile(
    name="majalahpro",
    hosts=("habari.id",),
    detect=(
        "link[href*='themes/majalahpro'], div.entry-content-single, [class*='majalahpro-core-'],"
        " body.majalahpro"
    ),
    title="h1.entry-title",
    published="time.entry-date[datetime], time.published[datetime]",
    authors=".entry-author [itemprop=name]",
    body="div.entry-content-single",
    drop=(
        "[class*='majalahpro-core-banner']", ".majalahpro-core-related-post", ".gmr-related-post",
        ".gmr-social-share", ".gmr-banner-insidecontent", ".gmr-floatbanner", ".idt-xtra-related",
    ),
    listing_links="article.item-infinite h2.entry-title a, article h2.entry-title a[rel=bookmark]",
    next_page="a.next.page-numbers, .inf-pagination a, link[rel=next]",
    page_links=".page-links, .post-nav-links",
)

BLOGGER = Profile(
    name="blogger",
    hosts=(),
    detect="meta[content='blogger'][name='generator'], link[href*='blogger.com/feeds'], .post-body.entry-content",
    title="h3.post-title, h1.post-title, .post-title.entry-title",
    published="abbr.published[title], time.published[datetime], .post-timestamp [itemprop=datePublished]",
    authors=".post-author [itemprop=name], .post-author .fn, .byline.post-author .fn",
    body="div.post-body",
    drop=(".post-share-buttons", ".post-labels", ".separator"),
    listing_links="h3.post-title a, h2.post-title a, .post-outer h3 a",
    next_page="a.blog-pager-older-link, link[rel=next]",
    drop_params=("m", "showComment"),
)

PROFILES: tuple[Profile, ...] = (MAJALAHPRO, BLOGGER)
