"""Hostile inputs: register the ``slow`` marker used by the big generated inputs."""


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: big generated inputs (still in the default run)")
