"""Sample articles for the web tests, written for them: a VNA-style Chinese report whose
text carries markup an attacker might plant (script tags, an event-handler image, a
``javascript:`` link and URL), so the pages can be shown to keep it inert."""

from __future__ import annotations

#: Markers that would show up in ``window`` or as a dialog if any planted script ran.
XSS_ARTICLE = {
    "id": "vna-zh-xss",
    "published": "2023-06-02",
    "url": "javascript:window.__pwned_url=1",
    "title": "越南与老挝外长举行会谈<script>window.__pwned_title=1</script>",
    "text": (
        "越南与老挝外长举行会谈<script>window.__pwned_title=1</script>\n"
        "越通社万象——6月1日，越南外交部长裴青山在万象同老挝外交部长沙伦赛·贡玛西举行会谈"
        "<script>window.__pwned=1;alert('xss')</script>。\n"
        "双方同意加强两国特殊团结关系<img src=x onerror=\"window.__pwned_img=1\">，"
        "详见<a href=\"javascript:window.__pwned_link=1\">链接</a>。(完)"
    ),
}

#: What the pages must show as text, never as markup.
XSS_MARKERS = ("<script>window.__pwned=1;alert('xss')</script>",
               "<img src=x onerror=\"window.__pwned_img=1\">")
