/** Library types the generated code uses, by fully qualified name. */
export const JACKSON = {
  JsonAnyGetter: 'com.fasterxml.jackson.annotation.JsonAnyGetter',
  JsonAnySetter: 'com.fasterxml.jackson.annotation.JsonAnySetter',
  JsonAutoDetect: 'com.fasterxml.jackson.annotation.JsonAutoDetect',
  JsonCreator: 'com.fasterxml.jackson.annotation.JsonCreator',
  JsonIgnore: 'com.fasterxml.jackson.annotation.JsonIgnore',
  JsonIgnoreProperties: 'com.fasterxml.jackson.annotation.JsonIgnoreProperties',
  JsonInclude: 'com.fasterxml.jackson.annotation.JsonInclude',
  JsonProperty: 'com.fasterxml.jackson.annotation.JsonProperty',
  JsonPropertyDescription: 'com.fasterxml.jackson.annotation.JsonPropertyDescription',
  JsonPropertyOrder: 'com.fasterxml.jackson.annotation.JsonPropertyOrder',
  JsonSetter: 'com.fasterxml.jackson.annotation.JsonSetter',
  JsonSubTypes: 'com.fasterxml.jackson.annotation.JsonSubTypes',
  JsonTypeInfo: 'com.fasterxml.jackson.annotation.JsonTypeInfo',
  JsonValue: 'com.fasterxml.jackson.annotation.JsonValue',
  Nulls: 'com.fasterxml.jackson.annotation.Nulls',
  JsonParser: 'com.fasterxml.jackson.core.JsonParser',
  TypeReference: 'com.fasterxml.jackson.core.type.TypeReference',
  DeserializationContext: 'com.fasterxml.jackson.databind.DeserializationContext',
  JsonDeserializer: 'com.fasterxml.jackson.databind.JsonDeserializer',
  JsonDeserialize: 'com.fasterxml.jackson.databind.annotation.JsonDeserialize',
  JsonNaming: 'com.fasterxml.jackson.databind.annotation.JsonNaming',
  PropertyNamingStrategy: 'com.fasterxml.jackson.databind.PropertyNamingStrategy',
  MapperConfig: 'com.fasterxml.jackson.databind.cfg.MapperConfig',
  AnnotatedField: 'com.fasterxml.jackson.databind.introspect.AnnotatedField',
  StdDeserializer: 'com.fasterxml.jackson.databind.deser.std.StdDeserializer',
} as const;

export const VALIDATION = {
  DecimalMax: 'jakarta.validation.constraints.DecimalMax',
  DecimalMin: 'jakarta.validation.constraints.DecimalMin',
  NotNull: 'jakarta.validation.constraints.NotNull',
  Null: 'jakarta.validation.constraints.Null',
  Pattern: 'jakarta.validation.constraints.Pattern',
  Size: 'jakarta.validation.constraints.Size',
  Valid: 'jakarta.validation.Valid',
} as const;

export const JDK = {
  ArrayList: 'java.util.ArrayList',
  BigDecimal: 'java.math.BigDecimal',
  BigInteger: 'java.math.BigInteger',
  IOException: 'java.io.IOException',
  LinkedHashMap: 'java.util.LinkedHashMap',
  List: 'java.util.List',
  Map: 'java.util.Map',
  Objects: 'java.util.Objects',
} as const;
