"""The HTTP service (`factlint serve`): FastAPI on uvicorn, over the engine in `checker.serve.engine`.

Every check runs in a bounded pool of worker threads under a time limit; a
request past the limit gets 503 while its worker finishes in the background,
and the service keeps answering. Bodies above a size limit get 413 before
they are read whole; when a token is set, a request without it gets 401; a
malformed body gets 422 naming the field. Every error body is JSON with an
`error` string.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, Literal

from fastapi import FastAPI
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from checker import __version__
from checker.errors import InputError
from checker.report.tables import rules_json
from checker.serve.engine import ArticleError, Engine, document_from_text

# A stored article's id is one path segment: `factlint ledger remove` and the service agree on it.
ARTICLE_ID = r"^[A-Za-z0-9_][A-Za-z0-9._~-]{0,199}$"
DRAFT_ID = "draft.txt"


class Article(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article as written (Markdown or HTML when `id` ends in .md or .html)")
    published: dt.date | None = Field(None, description="publication date; default: front matter, else today")
    language: Literal["ko", "en"] | None = Field(None, description="default: front matter, else guessed")
    outlet: str | None = Field(None, max_length=200)


class DraftArticle(Article):
    id: str = Field(
        DRAFT_ID,
        min_length=1,
        max_length=500,
        pattern=r"^[^\x00-\x1f]+$",
        description="the name findings give this article (its suffix picks the markup)",
    )


class CheckRequest(BaseModel):
    """One article (`text` and its metadata) or several checked together (`articles`)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    published: dt.date | None = None
    language: Literal["ko", "en"] | None = None
    outlet: str | None = Field(None, max_length=200)
    id: str = Field(DRAFT_ID, min_length=1, max_length=500, pattern=r"^[^\x00-\x1f]+$")
    articles: list[DraftArticle] | None = Field(None, min_length=1, max_length=200)
    show_passed: bool = Field(False, description="also list the relations that hold (`passed`)")
    lang: Literal["en", "ko"] | None = Field(None, description="language of messages (default: configuration)")

    def drafts(self) -> list[DraftArticle]:
        if self.articles is not None:
            return self.articles
        return [
            DraftArticle(
                text=self.text, published=self.published, language=self.language, outlet=self.outlet, id=self.id
            )
        ]


def _documents(request: CheckRequest):
    if (request.text is None) == (request.articles is None):
        raise ArticleError(
            "text", "give either `text` (one article) or `articles` (a list of articles), not both or neither"
        )
    if request.articles is not None:
        ids = [a.id for a in request.articles]
        duplicate = next((i for i in ids if ids.count(i) > 1), None)
        if duplicate is not None:
            raise ArticleError("articles", f"id {duplicate!r} is given twice")
    documents = []
    for n, draft in enumerate(request.drafts()):
        try:
            documents.append(
                document_from_text(
                    draft.text, draft.id, published=draft.published, language=draft.language, outlet=draft.outlet
                )
            )
        except ArticleError as exc:
            field = f"articles.{n}.{exc.field}" if request.articles is not None else exc.field
            raise ArticleError(field, exc.message) from None
    return documents


class ServiceError(Exception):
    def __init__(self, status: int, message: str, **extra: Any):
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


def _error(status: int, message: str, headers: dict | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)


class Guard:
    """Token and body size, checked before the application sees a request (pure ASGI, no buffering
    beyond the limit)."""

    def __init__(self, app, *, token: str | None, max_body: int):
        self.app, self.token, self.max_body = app, token, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.token is not None and not self._authorized(scope):
            response = _error(
                401,
                "missing or wrong token: send `Authorization: Bearer TOKEN`",
                headers={"WWW-Authenticate": "Bearer"},
            )
            return await response(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                return await _error(400, "bad Content-Length header")(scope, receive, send)
            if declared > self.max_body:
                return await self._too_large(scope, receive, send)
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return await self._too_large(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    def _authorized(self, scope) -> bool:
        for name, value in scope.get("headers") or []:
            if name == b"authorization":
                scheme, _, credentials = value.decode("latin-1").partition(" ")
                given = credentials.strip().encode()
                if scheme.lower() == "bearer" and hmac.compare_digest(given, self.token.encode()):
                    return True
        return False

    async def _too_large(self, scope, receive, send):
        response = _error(413, f"request body larger than {self.max_body} bytes (see --max-body)", limit=self.max_body)
        await response(scope, receive, send)


def _field(loc) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts)


def create_app(
    engine: Engine, *, token: str | None = None, max_body: int = 1 << 20, timeout: float = 10.0, workers: int = 2
):
    """The ASGI application: the FastAPI app wrapped in the token and size guard."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="factlint-check")
    state = {"running": 0, "overrun": 0}
    counting = threading.Lock()

    @asynccontextmanager
    async def lifespan(_app):
        yield
        pool.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="factlint",
        version=__version__,
        lifespan=lifespan,
        description="A fact-audit linter for news articles: the same findings as `factlint check`.",
    )

    async def run(work: Callable[[], Any]) -> Any:
        """Run blocking work in the pool under the time limit (a queued request waits within the same limit)."""

        def tracked():
            with counting:
                state["running"] += 1
            try:
                return work()
            finally:
                with counting:
                    state["running"] -= 1

        future = asyncio.get_running_loop().run_in_executor(pool, tracked)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            state["overrun"] += 1
            raise ServiceError(
                503,
                f"the request ran past the time limit of {timeout:g} s; "
                "the service goes on serving (retry later, or check a shorter text)",
                retry_after=max(1, round(timeout)),
            ) from None

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request", "type": ""}
        field = _field(first.get("loc", ()))
        if first.get("type") == "json_invalid":
            message = f"malformed JSON: {first.get('ctx', {}).get('error', first['msg'])}"
            field = None
        else:
            message = f"{field or 'body'}: {first['msg']}"
        detail = [{"field": _field(e.get("loc", ())), "message": e.get("msg"), "type": e.get("type")} for e in errors]
        return _error(422, message, field=field, detail=detail)

    @app.exception_handler(ArticleError)
    async def _bad_article(_request, exc: ArticleError):
        return _error(422, str(exc), field=exc.field)

    @app.exception_handler(ServiceError)
    async def _service(_request, exc: ServiceError):
        headers = {"Retry-After": str(exc.extra["retry_after"])} if "retry_after" in exc.extra else None
        return _error(exc.status, exc.message, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request, exc: StarletteHTTPException):
        return _error(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(InputError)
    async def _input(_request, exc: InputError):
        return _error(500, f"server-side input error: {exc}")

    @app.exception_handler(Exception)
    async def _internal(_request, exc: Exception):
        return _error(500, f"internal error: {type(exc).__name__}: {exc}")

    json_content = {"application/json": {}}

    @app.get("/healthz")
    async def healthz() -> dict:
        """Alive and loaded: the rules count, whether a ledger is attached, checks running now."""
        return {
            "status": "ok",
            "version": __version__,
            "rules": len(engine.knowledge.rules.codes),
            "ledger": engine.ledger is not None,
            "running": state["running"],
            "overrun": state["overrun"],
        }

    @app.post(
        "/v1/check",
        response_class=Response,
        responses={
            200: {"content": json_content, "description": "the findings document of `factlint check --format json`"}
        },
    )
    async def check(request: CheckRequest) -> Response:
        """Check one article, or several together; with a ledger, also against everything published."""

        def work():
            checked = engine.check(_documents(request), show_passed=request.show_passed, lang=request.lang)
            return checked.json(request.show_passed)

        return Response(await run(work), media_type="application/json")

    @app.post(
        "/v1/claims",
        response_class=Response,
        responses={
            200: {"content": json_content, "description": "the claims document of `factlint claims --format json`"}
        },
    )
    async def claims(request: CheckRequest) -> Response:
        """Every numeric claim of the article(s), with entities, metric and period."""
        return Response(await run(lambda: engine.claims_json(_documents(request))), media_type="application/json")

    @app.get("/v1/rules", response_class=Response, responses={200: {"content": json_content}})
    async def rules() -> Response:
        """The rule table (`factlint rules --format json`)."""
        return Response(rules_json(engine.knowledge.rules), media_type="application/json")

    @app.get("/v1/rules/{code}")
    async def rule(code: str = PathParam(max_length=10)) -> dict:
        """One rule: what it checks, why, its messages and examples (`factlint explain CODE`)."""
        code = code.upper()
        if code not in engine.knowledge.rules.codes:
            raise ServiceError(404, f"unknown rule code {code!r}; see GET /v1/rules")
        rule = engine.knowledge.rules.rule(code)
        return {**rule.model_dump(mode="json", exclude={"params"}), "source": engine.knowledge.rules.source(code)}

    def _needs_ledger() -> None:
        if engine.ledger is None:
            raise ServiceError(404, "this service has no ledger (start it with --ledger FILE)")

    @app.put("/v1/articles/{article_id}")
    async def put_article(article: Article, article_id: str = PathParam(pattern=ARTICLE_ID)) -> JSONResponse:
        """Add or replace a published article in the ledger (idempotent)."""
        _needs_ledger()

        def work():
            document = document_from_text(
                article.text, article_id, published=article.published, language=article.language, outlet=article.outlet
            )
            return engine.put_article(document)

        status, count = await run(work)
        return JSONResponse(
            {"id": article_id, "status": status, "claims": count}, status_code=201 if status == "added" else 200
        )

    @app.get("/v1/articles/{article_id}")
    async def get_article(article_id: str = PathParam(pattern=ARTICLE_ID)) -> dict:
        """What the ledger holds about a published article."""
        _needs_ledger()
        info = await run(lambda: engine.article_info(article_id))
        if info is None:
            raise ServiceError(404, f"no article {article_id!r} in the ledger")
        return {"id": article_id, **info}

    @app.delete("/v1/articles/{article_id}")
    async def delete_article(article_id: str = PathParam(pattern=ARTICLE_ID)) -> dict:
        """Remove a published article from the ledger."""
        _needs_ledger()
        removed = await run(lambda: engine.delete_article(article_id))
        if not removed:
            raise ServiceError(404, f"no article {article_id!r} in the ledger")
        return {"id": article_id, "removed": removed}

    @app.get("/v1/ledger")
    async def ledger() -> dict:
        """What the ledger holds: articles, claims, keys, size."""
        _needs_ledger()
        return await run(engine.ledger_stats)

    return Guard(app, token=token, max_body=max_body)
