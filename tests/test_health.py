"""Health and liveness: problems are reported, a dead or refusing Bot API is fatal."""

from __future__ import annotations

from bot.health import ApiWatch, Health
from bot.telegram.http import _healthz


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_health_collects_problems_until_marked_ok():
    health = Health()
    assert health.ok
    health.mark_failed("scheduler task timer failed")
    health.mark_failed("scheduler task timer failed")
    assert (health.ok, health.problems) == (False, ("scheduler task timer failed",))
    health.mark_ok()
    assert health.ok


def test_repeated_401s_are_fatal_and_fail_health():
    watch = ApiWatch(Health(), unauthorized_limit=3, monotonic=Ticks())
    watch.answered(401)
    watch.answered(200)
    watch.answered(401)
    watch.answered(401)
    assert watch.check() is None, "not three in a row"
    watch.answered(401)
    assert "rejects the token" in (watch.check() or "")
    assert not watch.health.ok


def test_a_401_on_getupdates_is_fatal_at_once_because_polling_stops():
    watch = ApiWatch(Health(), monotonic=Ticks())
    watch.answered(401, polling=True)
    assert watch.fatal is not None


def test_a_bot_api_silent_for_too_long_is_fatal():
    ticks = Ticks()
    watch = ApiWatch(Health(), dead_after_s=60, monotonic=ticks)
    ticks.now = 59
    watch.unreachable()
    assert watch.check() is None
    ticks.now = 61
    assert "no answer from the Bot API" in (watch.check() or "")


async def test_healthz_answers_503_with_the_problems(app_services):
    assert (await _healthz(app_services.health)(None)).status == 200
    app_services.health.mark_failed("scheduler task timer failed: OverflowError()")
    response = await _healthz(app_services.health)(None)
    assert response.status == 503
    assert response.text == "scheduler task timer failed: OverflowError()"
