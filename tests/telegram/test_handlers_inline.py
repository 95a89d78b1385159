"""Inline mode: '@thebot clusters' offers items to share, as HTML with URL buttons."""

from __future__ import annotations


async def inline(fake_api, query):
    before = len(fake_api.sent("answerInlineQuery"))
    fake_api.queue_inline_query(7, query)
    return (await fake_api.wait_for("answerInlineQuery", before + 1))[-1]


async def test_results_are_escaped_html_articles_with_url_buttons_only(fake_api, bot):
    answer = await inline(fake_api, "eccp conference 2022")
    first = answer["results"][0]
    assert first["type"] == "article"
    assert first["title"] == "European Cluster Collaboration Platform Annual Conference 2022"
    content = first["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "&amp; its &lt;partners&gt;" in content["message_text"]
    keyboard = [b for row in first["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in keyboard] == ["Register", "Read more"]
    assert all("url" in b and "callback_data" not in b for b in keyboard), "no callbacks to us"


async def test_an_empty_query_offers_what_is_coming_up(fake_api, bot):
    answer = await inline(fake_api, "")
    titles = [r["title"] for r in answer["results"]]
    assert titles[0] == "Call for Expression of Interest: Clusters meet Regions workshops"
    assert "Clusters meet Regions workshop: Porto" in titles
    assert not any(t.startswith("Policy brief") for t in titles), "briefs are not 'upcoming'"


async def test_results_stay_within_telegram_limits_and_are_cached_briefly(fake_api, bot):
    answer = await inline(fake_api, "clusters")
    ids = [r["id"] for r in answer["results"]]
    assert 0 < len(ids) <= 50
    assert len(set(ids)) == len(ids)
    assert all(len(i.encode()) <= 64 for i in ids)
    assert 0 < int(answer["cache_time"]) <= 300
