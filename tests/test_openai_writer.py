"""The openai writer against a real chat-completions server on 127.0.0.1: no other host, ever."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from dreamjournal.analysis import analyze
from dreamjournal.errors import BackendError, ConsentRequired, DreamJournalError
from dreamjournal.settings import Settings
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.openai_writer import (
    OpenAIWriter,
    WriterAuthFailed,
    WriterNotConfigured,
    WriterOutputInvalid,
)
from dreamjournal.visualize.writer import VisualizationRequest, get_writer
from tests.loopback_server import LoopbackServer, Reply

KEY = "sk-test-0123456789abcdef"
MODEL = "dream-test-model"
DREAM = (
    "I climbed the stairs of an old lighthouse by the ocean. At the top a door opened onto the "
    "sky and I could fly over the water. I felt free and happy."
)
SECRET_SENTENCE = "I could fly over the water"  # must never appear in logs


def make_request(
    text: str = DREAM, *, consent: bool = True, from_rescript: bool = False
) -> VisualizationRequest:
    return VisualizationRequest(
        "entry-1", "Lighthouse", text, analyze(text), from_rescript, seconds=12.0, consent=consent
    )


def valid_answer(request: VisualizationRequest) -> dict[str, Any]:
    """A correct answer: what the offline writer builds for the same request, as JSON."""
    prompt, script = OfflineWriter().write(request)
    return {"prompt": prompt.model_dump(mode="json"), "script": script.model_dump(mode="json")}


def chat(content: str | dict[str, Any]) -> Reply:
    """A chat-completions response whose message is `content`."""
    text = content if isinstance(content, str) else json.dumps(content)
    return Reply(
        json={
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 0,
            "model": MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
        }
    )


@pytest.fixture(autouse=True)
def _no_openai_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("BASE_URL", "MODEL", "API_KEY", "TIMEOUT_S"):
        monkeypatch.delenv(f"DREAMJOURNAL_OPENAI_{name}", raising=False)
    monkeypatch.delenv("DREAMJOURNAL_REQUEST_TIMEOUT_S", raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env file


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    before = set(threading.enumerate())
    with LoopbackServer() as running:
        yield running
    # The server's threads (its loop, one per request); a Timer another part of the process
    # started meanwhile (an idle lock) is not the server's and once failed this check in CI.
    left = {t for t in set(threading.enumerate()) - before if not isinstance(t, threading.Timer)}
    assert not left, f"a server thread outlived the test: {left}"
    assert running.unanswered == [], "the writer sent more requests than the test scripted"


@dataclass
class Kit:
    writer: OpenAIWriter
    waits: list[float] = field(default_factory=list)
    contacted: list[httpx.URL] = field(default_factory=list)


@pytest.fixture
def kit(server: LoopbackServer) -> Iterator[Kit]:
    """A writer on the server's /v1 with a key, its recorded waits and every URL its client hit."""
    kit = Kit(writer=OpenAIWriter())
    with httpx.Client(event_hooks={"request": [lambda r: kit.contacted.append(r.url)]}) as client:
        kit.writer = OpenAIWriter(
            settings=settings_for(server), client=client, sleep=kit.waits.append
        )
        yield kit
    assert {url.host for url in kit.contacted} <= {"127.0.0.1"}
    assert len(kit.contacted) == len(server.requests)


def settings_for(server: LoopbackServer, key: str | None = KEY, timeout: float = 5.0) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        openai_base_url=f"{server.url}/v1",
        openai_model=MODEL,
        openai_api_key=key,  # type: ignore[arg-type]
        request_timeout_s=timeout,
    )


def never_sleep(seconds: float) -> None:
    raise AssertionError(f"no retry wait expected, got {seconds} s")


def assert_loopback_only(server: LoopbackServer, count: int) -> None:
    assert len(server.requests) == count
    assert {r.client_host for r in server.requests} <= {"127.0.0.1"}
    assert all(r.path == "/v1/chat/completions" and r.method == "POST" for r in server.requests)


def test_sends_the_dream_and_returns_the_validated_prompt_and_script(
    server: LoopbackServer,
) -> None:
    request = make_request()
    server.add(chat(valid_answer(request)))
    waits: list[float] = []
    with httpx.Client() as client:
        writer = get_writer(
            "openai", settings=settings_for(server), client=client, sleep=waits.append
        )
        assert writer.name == "openai" and writer.remote
        prompt, script = writer.write(request)
    expected_prompt, expected_script = OfflineWriter().write(request)
    assert (prompt, script) == (expected_prompt, expected_script)
    assert waits == []
    assert_loopback_only(server, 1)
    sent = server.requests[0]
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["content-type"] == "application/json"
    body = sent.json()
    assert body["model"] == MODEL
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    assert "breaths_per_minute" in system["content"] and "camera_move" in system["content"]
    assert DREAM in user["content"] and "Lighthouse" in user["content"]
    assert "English" in user["content"] and "ocean" in user["content"]  # language, features


def test_without_consent_nothing_is_sent(server: LoopbackServer, kit: Kit) -> None:
    with pytest.raises(ConsentRequired) as refused:
        kit.writer.write(make_request(consent=False))
    assert "--consent" in refused.value.user_message and "tick" in refused.value.user_message
    assert server.requests == [] and kit.contacted == []


def test_without_a_base_url_it_says_which_variable_to_set() -> None:
    writer = get_writer("openai")  # settings from the (cleared) environment
    with pytest.raises(WriterNotConfigured) as unset:
        writer.write(make_request(consent=True))
    assert "DREAMJOURNAL_OPENAI_BASE_URL" in unset.value.user_message
    assert not isinstance(unset.value, BackendError)  # a setup error, not a quiet fall-back


def test_429_waits_as_long_as_retry_after_says(server: LoopbackServer) -> None:
    request = make_request()
    busy = Reply(status=429, json={"error": {"message": "slow down"}}, headers={"Retry-After": "2"})
    server.add(busy, chat(valid_answer(request)))
    waits: list[float] = []
    writer = OpenAIWriter(settings_for(server, key=None), sleep=waits.append)  # its own client
    prompt, _ = writer.write(request)
    assert prompt.title == "Lighthouse"
    assert waits == [2.0]
    assert_loopback_only(server, 2)
    assert all("authorization" not in r.headers for r in server.requests)  # no key, no header


def test_a_retry_after_of_an_hour_is_not_waited_out(server: LoopbackServer, kit: Kit) -> None:
    server.add(Reply(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(BackendError, match="asks to wait 3600 s"):
        kit.writer.write(make_request())
    assert kit.waits == []
    assert_loopback_only(server, 1)


def test_persistent_5xx_is_retried_with_backoff_then_reported(server: LoopbackServer) -> None:
    server.add(*[Reply(status=500, body="boom")] * 4)
    waits: list[float] = []
    writer = OpenAIWriter(settings_for(server), sleep=waits.append, max_retries=3)
    with pytest.raises(BackendError) as failed:
        writer.write(make_request())
    assert "HTTP 500" in failed.value.user_message and "4 attempts" in failed.value.user_message
    assert waits == [1.0, 2.0, 4.0]
    assert_loopback_only(server, 4)


@pytest.mark.parametrize("injected", [False, True], ids=["own-client", "injected-client"])
def test_a_server_slower_than_the_timeout_is_a_clear_error(
    server: LoopbackServer, injected: bool
) -> None:
    server.add(Reply(delay=5.0, json={}))
    with httpx.Client(timeout=30) as patient:  # the settings' 0.3 s still applies
        writer = OpenAIWriter(
            settings_for(server, timeout=0.3),
            client=patient if injected else None,
            sleep=never_sleep,
        )
        started = time.monotonic()
        with pytest.raises(BackendError) as slow:
            writer.write(make_request())
    assert time.monotonic() - started < 2.0
    assert f"{server.url}/v1 did not answer within 0.3 s" in slow.value.user_message
    assert "running" in slow.value.user_message
    assert_loopback_only(server, 1)  # a timeout is not retried


def test_a_server_that_is_not_running_is_a_clear_error() -> None:
    with LoopbackServer() as gone:
        settings = settings_for(gone)
    writer = OpenAIWriter(settings, sleep=never_sleep)  # the port is closed now
    with pytest.raises(BackendError, match="Could not connect .* is it running"):
        writer.write(make_request())


@pytest.mark.parametrize(("key", "advice"), [(KEY, "Check"), (None, "needs one")])
def test_401_is_about_the_key_and_never_shows_it(
    server: LoopbackServer, key: str | None, advice: str
) -> None:
    server.add(Reply(status=401, json={"error": {"message": f"Incorrect API key provided: {key}"}}))
    writer = OpenAIWriter(settings_for(server, key=key), sleep=never_sleep)
    with pytest.raises(WriterAuthFailed) as refused:
        writer.write(make_request())
    message = refused.value.user_message
    assert "API key" in message and "DREAMJOURNAL_OPENAI_API_KEY" in message and advice in message
    assert KEY not in message and KEY not in str(refused.value)
    assert_loopback_only(server, 1)  # not retried


def test_404_names_the_settings_to_check(server: LoopbackServer, kit: Kit) -> None:
    server.add(Reply(status=404, json={"error": {"message": f"model '{MODEL}' not found"}}))
    with pytest.raises(BackendError) as missing:
        kit.writer.write(make_request())
    message = missing.value.user_message
    assert (
        "HTTP 404" in message and "not found" in message and "DREAMJOURNAL_OPENAI_MODEL" in message
    )


def test_an_answer_that_is_not_a_chat_completion_is_a_clear_error(
    server: LoopbackServer, kit: Kit
) -> None:
    server.add(Reply(body="<html>It works!</html>"))
    with pytest.raises(BackendError, match="OpenAI-compatible"):
        kit.writer.write(make_request())
    assert_loopback_only(server, 1)


def _bad_palette(answer: dict[str, Any]) -> str:
    answer["prompt"]["palette"] = ["midnight blue", "#ffffff", "#000000"]
    return json.dumps(answer)


def _wrong_built_from(answer: dict[str, Any]) -> str:
    answer["script"]["built_from"] = "rescript"
    return json.dumps(answer)


def _phases_out_of_order(answer: dict[str, Any]) -> str:
    answer["script"]["steps"].reverse()
    return json.dumps(answer)


def _no_script(answer: dict[str, Any]) -> str:
    del answer["script"]
    return json.dumps(answer)


@pytest.mark.parametrize(
    ("spoil", "told"),
    [
        (lambda answer: "Here is your JSON: {prompt: ...", "not valid JSON"),
        (lambda answer: "", "empty"),
        (_no_script, '"prompt" and "script"'),
        (_bad_palette, "prompt.palette"),
        (_wrong_built_from, 'built_from must be "dream"'),
        (_phases_out_of_order, "grounding, breathing, safe_place"),
    ],
    ids=["not-json", "empty", "no-script", "bad-palette", "wrong-built-from", "phase-order"],
)
def test_one_invalid_answer_is_repaired(
    server: LoopbackServer, kit: Kit, spoil: Any, told: str
) -> None:
    request = make_request()
    bad = spoil(valid_answer(request))
    server.add(chat(bad), chat(valid_answer(request)))
    prompt, script = kit.writer.write(request)
    assert (prompt, script) == OfflineWriter().write(request)
    assert_loopback_only(server, 2)
    first, second = (r.json()["messages"] for r in server.requests)
    assert second[:2] == first
    assert second[2] == {"role": "assistant", "content": bad}
    assert second[3]["role"] == "user" and told in second[3]["content"]
    assert "corrected JSON object only" in second[3]["content"]


def test_two_invalid_answers_raise_writer_output_invalid(server: LoopbackServer, kit: Kit) -> None:
    server.add(chat("not json"), chat('{"prompt": {}}'))
    with pytest.raises(WriterOutputInvalid) as invalid:
        kit.writer.write(make_request())
    assert isinstance(invalid.value, BackendError)  # so the caller falls back to offline
    assert "even after one correction" in invalid.value.user_message
    assert MODEL in invalid.value.user_message
    assert_loopback_only(server, 2)


def test_harmless_slips_are_normalised(server: LoopbackServer, kit: Kit) -> None:
    request = make_request(from_rescript=True)
    answer = valid_answer(request)
    del answer["script"]["built_from"]
    answer["prompt"]["title"] = answer["script"]["title"] = "A Title The Model Invented"
    for shot in answer["prompt"]["shots"]:  # half the requested length
        shot["start"], shot["duration"] = shot["start"] / 2, shot["duration"] / 2
    answer["prompt"]["shots"][0]["symbols"] = ["Ocean", "unicorn", "ocean"]
    server.add(chat(f"```json\n{json.dumps(answer)}\n```"))
    prompt, script = kit.writer.write(request)
    assert script.built_from == "rescript"
    assert prompt.title == script.title == "Lighthouse"
    assert prompt.duration == pytest.approx(12.0)
    assert prompt.shots[0].symbols == ["ocean"]
    assert_loopback_only(server, 1)


def test_logs_and_errors_never_carry_the_dream_or_the_key(
    server: LoopbackServer, kit: Kit, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # ours, httpx's and httpcore's
    request = make_request()
    server.add(Reply(status=503), chat("nope"), chat(valid_answer(request)))
    kit.writer.write(request)
    server.add(Reply(status=400, json={"error": {"message": f"bad key {KEY}"}}))
    with pytest.raises(DreamJournalError) as refused:
        kit.writer.write(request)
    assert KEY not in refused.value.user_message and "[key]" in refused.value.user_message
    assert caplog.records, "expected the writer and httpx to log something"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert SECRET_SENTENCE not in logged and KEY not in logged
    assert_loopback_only(server, 4)
