import pickle

from summitry.errors import DecodeError, SourceUnavailableError, SummitryError


def test_errors_survive_pickling_with_their_location():
    err = DecodeError("cannot decode", source="a/b.txt", line=7)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is DecodeError
    assert (back.source, back.line, back.message) == ("a/b.txt", 7, "cannot decode")
    assert str(back) == "a/b.txt:7: cannot decode"


def test_retryable_says_whether_trying_again_can_help():
    assert SourceUnavailableError("x").retryable
    assert not DecodeError("x").retryable
    assert isinstance(DecodeError("x"), SummitryError)
