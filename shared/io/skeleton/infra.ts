/** Address and environment of each infrastructure technology inside docker-compose. */
import { envName } from './names';
import type { Tech } from './roles';

export interface TechInfo {
  /** Suffix of the environment variable holding the address. */
  envSuffix: string;
  url: (host: string) => string;
}

export const TECH: Record<Tech, TechInfo> = {
  kafka: { envSuffix: 'BROKERS', url: (h) => `${h}:9092` },
  amqp: { envSuffix: 'URL', url: (h) => `amqp://guest:guest@${h}:5672` },
  postgres: { envSuffix: 'URL', url: (h) => `postgres://postgres:postgres@${h}:5432/postgres` },
  redis: { envSuffix: 'URL', url: (h) => `redis://${h}:6379` },
  mlflow: { envSuffix: 'URL', url: (h) => `http://${h}:5000` },
  consul: { envSuffix: 'URL', url: (h) => `http://${h}:8500` },
};

export const techEnv = (name: string, tech: Tech): string => `${envName(name)}_${TECH[tech].envSuffix}`;
