import pytest

from converter.schemacheck import Unsupported, compile_schema


def test_keywords():
    check = compile_schema({"type": "object", "required": ["a"], "properties": {
        "a": {"type": "integer", "minimum": 1}, "b": {"anyOf": [{"const": True}, {"type": "string", "pattern": "^x"}]},
        "c": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/s"}}}, "$defs": {"s": {"type": "string"}}})
    assert check({"a": 2, "b": "xyz", "c": ["s"]})
    assert not check({"a": 0})
    assert not check({"a": True})  # JSON: true is not an integer
    assert not check({"a": 1, "b": 1})  # 1 is not the constant true
    assert not check({"a": 1, "c": []}) and not check({"a": 1, "c": [1]})
    assert check({"a": 1.0})


def test_unknown_keywords_are_refused():
    with pytest.raises(Unsupported):
        compile_schema({"type": "object", "unevaluatedProperties": False})
