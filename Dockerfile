# A small image that runs the bot as an unprivileged user.
#   docker build -t eccp-bot .
#   docker run -e TELEGRAM_BOT_TOKEN=... -e DATABASE_URL=postgresql+psycopg://... eccp-bot
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".[postgres]"

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PTB_TIMEDELTA=true
RUN useradd --create-home --uid 10001 bot
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
WORKDIR /app
COPY --chown=bot:bot main.py config.example.toml ./
COPY --chown=bot:bot knowledge ./knowledge
USER bot
# SQLite lives in /app/data unless DATABASE_URL points elsewhere; mount a volume there.
VOLUME ["/app/data"]
ENV DATABASE_URL=sqlite:////app/data/eccp-bot.sqlite3
EXPOSE 8080
CMD ["python", "main.py", "run"]
