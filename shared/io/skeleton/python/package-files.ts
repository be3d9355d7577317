/** requirements.txt and Dockerfile of a Python package (FastAPI, httpx, aiokafka, aio-pika, asyncpg, redis). */
import type { Package } from '../plan-types';
import { usesTech } from '../wiring';

export function requirementsTxt(pkg: Package): string {
  const use = usesTech(pkg);
  const reqs = ['fastapi>=0.115', 'uvicorn[standard]>=0.32', 'pydantic>=2.9'];
  if (use.http) reqs.push('httpx>=0.28');
  if (use.kafka) reqs.push('aiokafka>=0.12');
  if (use.amqp) reqs.push('aio-pika>=9.5');
  if (use.postgres) reqs.push('asyncpg>=0.30');
  if (use.redis) reqs.push('redis>=5.2');
  return `${reqs.join('\n')}\n`;
}

export const PY_DOCKERFILE = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app
EXPOSE 8080
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]
`;

export const PY_MESSAGES = `"""The envelope every route, client, producer and consumer exchanges (components.schemas.Message)."""
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime, timezone
from typing import Any

from pydantic import BaseModel, Field


class Message(BaseModel):
    id: str
    sentAt: str  # ISO 8601 date-time, named as in the JSON documents
    payload: dict[str, Any] = Field(default_factory=dict)


class Reply(BaseModel):
    ok: bool
    result: dict[str, Any] | None = None


# A coroutine, not just an awaitable: stores.py hands it to asyncio.create_task.
Handler = Callable[[Message], Coroutine[Any, Any, None]]
Stop = Callable[[], Awaitable[None]]


def new_message(payload: dict[str, Any] | None = None) -> Message:
    return Message(id=str(uuid.uuid4()), sentAt=datetime.now(timezone.utc).isoformat(), payload=payload or {})
`;
