"""One sending budget: the pace, the per-chat interval, the shared pause, answers first."""

from __future__ import annotations

import asyncio
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from bot.delivery.pacing import RateLimiter
from tests.factories import at
from tests.recording import VirtualTime

NOW = at("2022-07-22T18:00:00+02:00")


class Clock:
    """Virtual time for concurrent sleepers: each sleep ends at its own deadline."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        wake = self.now + max(seconds, 0.0)
        await asyncio.sleep(0)
        self.now = max(self.now, wake)


@given(
    rate=st.integers(min_value=1, max_value=60),
    answers=st.integers(min_value=0, max_value=40),
    fan_out=st.integers(min_value=0, max_value=120),
)
def test_answers_and_fan_out_together_never_exceed_the_rate_in_any_second(rate, answers, fan_out):
    clock = Clock()
    limiter = RateLimiter(rate, 0.0, monotonic=clock.monotonic, sleep=clock.sleep)
    moments: list[float] = []

    async def send(urgent: bool) -> None:
        await limiter.wait_turn(urgent=urgent)
        moments.append(clock.now)

    async def everyone() -> None:
        tasks = [send(True) for _ in range(answers)] + [send(False) for _ in range(fan_out)]
        await asyncio.gather(*tasks)

    asyncio.run(everyone())
    per_window = Counter(int(moment) for moment in moments)
    assert max(per_window.values(), default=0) <= rate
    assert all(b - a >= 1 / rate - 1e-9 for a, b in zip(moments, moments[1:], strict=False))


async def test_a_retry_after_pauses_everybody():
    time = VirtualTime(NOW)
    limiter = RateLimiter(None, 0.0, monotonic=time.monotonic, sleep=time.sleep)
    limiter.pause(7.0)
    await limiter.wait_turn(urgent=True)
    assert time.monotonic() >= 7.0
    await limiter.wait_turn(42)
    assert time.monotonic() < 7.5


async def test_an_answer_overtakes_a_waiting_fan_out():
    clock = Clock()
    limiter = RateLimiter(1.0, 0.0, monotonic=clock.monotonic, sleep=clock.sleep)
    order: list[str] = []

    async def send(name: str, urgent: bool) -> None:
        await limiter.wait_turn(urgent=urgent)
        order.append(name)

    fan_out = [asyncio.create_task(send(f"reminder {i}", False)) for i in range(5)]
    await asyncio.sleep(0)
    await send("answer", True)
    await asyncio.gather(*fan_out)
    assert order.index("answer") <= 2, order
