"""M/M/1 in SimPy, the same model as bench/sections/sim.ts runs in Archway's simulator.

Usage: /usr/bin/python3 bench/simpy/mm1.py CUSTOMERS UTILIZATION SEED
Prints one JSON line: customers, mean time in system (service mean 1), wall time in ms.
"""
import json
import random
import sys
import time

import simpy


def main() -> None:
    customers, rho, seed = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    stats = {"sum": 0.0, "count": 0}

    def customer(env):
        arrived = env.now
        with server.request() as req:
            yield req
            yield env.timeout(rng.expovariate(1.0))
        stats["sum"] += env.now - arrived
        stats["count"] += 1

    def source(env):
        for _ in range(customers):
            env.process(customer(env))
            yield env.timeout(rng.expovariate(rho))

    env.process(source(env))
    start = time.perf_counter()
    env.run()
    wall_ms = (time.perf_counter() - start) * 1000
    print(json.dumps({"customers": stats["count"], "meanSojourn": stats["sum"] / stats["count"], "wallMs": wall_ms}))


if __name__ == "__main__":
    main()
