"""`http.with_retries`: the one retry rule of the relay requests (share and home practice)."""

from __future__ import annotations

import httpx
import pytest

from dreamjournal.http import client_or_own, with_retries


class Unreachable(Exception):
    pass


def _client(answers: list[int | Exception]) -> tuple[httpx.Client, list[int]]:
    calls: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        step = answers.pop(0)
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step)

    return httpx.Client(transport=httpx.MockTransport(handle)), calls


@pytest.mark.parametrize(
    ("answers", "retries", "status", "tries"),
    [
        ([503, 200], 1, 200, 2),  # a 5xx is tried once more
        ([httpx.ConnectError("down"), 200], 1, 200, 2),  # so is a transport error
        ([503, 503], 1, 503, 2),  # the last answer is the caller's to judge
        ([503], 0, 503, 1),  # no retry when none is allowed (a send must not go twice)
        ([404, 200], 1, 404, 1),  # a 4xx is an answer, never retried
    ],
)
def test_retries_a_transport_error_or_5xx_only(
    answers: list[int | Exception], retries: int, status: int, tries: int
) -> None:
    client, calls = _client(answers)
    answer = with_retries(
        lambda: client.get("http://relay.test/api/x"),
        retries=retries,
        unreachable=lambda exc: Unreachable(str(exc)),
    )
    assert (answer.status_code, len(calls)) == (status, tries)


def test_a_transport_error_on_the_last_try_is_the_callers_error() -> None:
    client, calls = _client([httpx.ConnectError("down"), httpx.ReadTimeout("slow")])
    with pytest.raises(Unreachable, match="slow") as caught:
        with_retries(
            lambda: client.get("http://relay.test/api/x"),
            retries=1,
            unreachable=lambda exc: Unreachable(str(exc)),
        )
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout) and len(calls) == 2


def test_client_or_own_closes_only_its_own_client() -> None:
    given = httpx.Client()
    with client_or_own(given) as http:
        assert http is given
    assert not given.is_closed
    with client_or_own(None) as own:
        assert own is not given
    assert own.is_closed
    given.close()
