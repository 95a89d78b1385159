# A small image that runs the bot as an unprivileged user.
#   docker build -t eccp-bot .
#   docker run -d --name eccp-bot -e TELEGRAM_BOT_TOKEN=... -v eccp-data:/app/data eccp-bot
# SQLite lives in the named volume unless DATABASE_URL points elsewhere (PostgreSQL).
# Backup (safe while the bot runs):
#   docker exec eccp-bot sqlite3 /app/data/eccp-bot.sqlite3 ".backup /app/data/backup.sqlite3"
# tests/test_deploy.py checks this file's layout and runs its command as the image would.

FROM python:3.11-slim AS build
WORKDIR /src
# Dependencies first, from the hashed lock: this layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN pip wheel --no-cache-dir --wheel-dir /wheels/deps --require-hashes -r requirements.lock
# Then the code, which changes often: one small wheel, no dependencies.
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels/app .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PTB_TIMEDELTA=true
# sqlite3 for the backup command above; the app user owns the data folder before VOLUME,
# so a fresh named volume starts owned by it and the default SQLite file can be created.
RUN apt-get update && apt-get install -y --no-install-recommends sqlite3 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 bot \
    && mkdir -p /app/data && chown bot:bot /app/data
COPY --from=build /wheels/deps /wheels/deps
RUN pip install --no-cache-dir --no-index /wheels/deps/*.whl && rm -rf /wheels
COPY --from=build /wheels/app /wheels/app
RUN pip install --no-cache-dir --no-index --no-deps /wheels/app/*.whl && rm -rf /wheels
WORKDIR /app
COPY --chown=bot:bot config.example.toml ./
COPY --chown=bot:bot knowledge ./knowledge
USER bot
ENV DATABASE_URL=sqlite:////app/data/eccp-bot.sqlite3 \
    KNOWLEDGE_DIR=/app/knowledge \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8080 \
    HEALTH_LISTEN=0.0.0.0 \
    HEALTH_PORT=8081
VOLUME ["/app/data"]
# 8080: the webhook (run --webhook); 8081: GET /healthz in either mode.
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["eccp-bot", "health"]
CMD ["eccp-bot", "run"]
