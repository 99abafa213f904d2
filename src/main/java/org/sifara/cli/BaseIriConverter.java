package org.sifara.cli;

import org.sifara.SifaraException;
import org.sifara.config.BaseIri;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --base}: an absolute http(s) IRI ending with '/'. */
final class BaseIriConverter implements ITypeConverter<BaseIri> {
    @Override
    public BaseIri convert(String value) {
        try {
            return new BaseIri(value);
        } catch (SifaraException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
